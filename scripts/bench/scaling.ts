// `npm run bench:scaling`: extraction must stay linear on long and hostile texts (PRODUCT.md: "text
// built to make a regular expression take forever"). Each input is extracted at size N and 4N; the
// time ratio should stay near 4 (a quadratic stage shows as ~16).
import { extractClaims } from '../../src/extract/index.js';

const shapes: Record<string, (i: number) => string> = {
  devices: (i) =>
    `The Sony Xperia Z${i % 9} and the Z${i % 9} Compact, the Galaxy S${i % 90} Ultra and the Pixel ${i % 9} Pro. `,
  specs: (i) =>
    `The Pixel ${i % 9} has a 6.${i % 9}-inch 1080p screen, ${i % 16}GB of RAM and a ${i % 90}MP camera for $${i}. `,
  sources: (i) => `According to tipster Ice Universe, XperiaBlog reports that @evleaks${i % 7} claims it costs $${i}. `,
  dates: (i) =>
    `The Galaxy S${i % 90} will launch in early March, ship in Q${(i % 4) + 1} 2025 and be on sale by the holidays. `,
  numbers: (i) => `${i},${i % 1000},${i % 7}.${i % 3} `,
};

function seconds(text: string): number {
  const start = performance.now();
  extractClaims(
    { text, format: 'text', title: null, published: null, publisher: null, authors: [], url: null },
    { published: '2024-01-10' },
  );
  return (performance.now() - start) / 1000;
}

const n = 1500;
let worst = 0;
for (const [name, line] of Object.entries(shapes)) {
  const small = Array.from({ length: n }, (_, i) => line(i)).join('');
  const large = Array.from({ length: 4 * n }, (_, i) => line(i)).join('');
  seconds(small); // warm-up
  const a = seconds(small);
  const b = seconds(large);
  worst = Math.max(worst, b / a);
  console.log(
    `${name.padEnd(8)} ${(small.length / 1e6).toFixed(2)} MB ${a.toFixed(3)} s → ${(large.length / 1e6).toFixed(2)} MB ${b.toFixed(3)} s  ratio ${(b / a).toFixed(1)}`,
  );
}
console.log(
  `worst ratio for 4× the input: ${worst.toFixed(1)} (linear ≈ 4, quadratic ≈ 16; target ≤ 6: ${worst <= 6 ? 'met' : 'NOT met'})`,
);
