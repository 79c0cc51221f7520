/** "—" for a figure the hub does not have, read out as words rather than a dash. */
export function Blank({ words = 'None' }: { words?: string }) {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span class="app-visually-hidden">{words}</span>
    </>
  );
}
