import type { ComponentChildren } from 'preact';
import type { TagColour } from '../returns/words';

/** GOV.UK tag: a short status word; the colour only repeats it. */
export function Tag({ colour, children }: { colour: TagColour; children: ComponentChildren }) {
  return <strong class={`app-tag app-tag--${colour}`}>{children}</strong>;
}
