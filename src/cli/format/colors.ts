// Colour only for a person at a terminal: never in pipes or files, never when NO_COLOR is set.
import pc from 'picocolors';
import type { Certainty } from '../../core/types.js';

export type Colors = ReturnType<typeof pc.createColors>;

export function colorsFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): Colors {
  return pc.createColors(stream.isTTY === true && !env.NO_COLOR);
}

export function paintCertainty(colors: Colors, certainty: Certainty): string {
  switch (certainty) {
    case 'official':
      return colors.green(certainty);
    case 'likely':
      return colors.cyan(certainty);
    case 'rumored':
      return colors.yellow(certainty);
    case 'doubtful':
      return colors.red(certainty);
  }
}
