/** One figure (or a few related ones) that `npm run bench` prints. See bench/run.ts to add one. */
export type Figure = {
  /** The main figure's name, as printed after `bench ` (e.g. 'validate-return'). */
  name: string;
  /** What is measured, in a sentence, printed as a comment before the figure. */
  about: string;
  run: () => void | Promise<void>;
};
