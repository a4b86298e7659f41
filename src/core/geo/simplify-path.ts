/**
 * Fits SVG outlines made of absolute `M`, `L`, `C` and `z` commands into a smaller box and
 * simplifies them for the page: each curve becomes a line to its end point, points are moved
 * into the target box, then Douglas–Peucker drops every point closer than `tolerance` (in
 * target units) to the simplified line. Written with relative commands and one decimal, a
 * province outline shrinks about tenfold while staying within a fraction of a pixel.
 */
type Point = [number, number];

export interface Fit {
  /** The source box: x, y, width, height. */
  box: [number, number, number, number];
  /** Target width; the height follows the box's aspect ratio. */
  width: number;
  tolerance: number;
}

/** The rings (closed outlines) of an absolute-command path, in source coordinates. */
export function pathRings(d: string): Point[][] {
  const rings: Point[][] = [];
  let ring: Point[] = [];
  const tokens = d.match(/[MLCz]|-?[\d.]+(?:e-?\d+)?/gi) ?? [];
  let command = '';
  const numbers: number[] = [];
  const flush = () => {
    const per = command === 'C' ? 6 : 2;
    for (let i = 0; i + per <= numbers.length; i += per) {
      ring.push([numbers[i + per - 2]!, numbers[i + per - 1]!]);
    }
    numbers.length = 0;
  };
  for (const token of tokens) {
    if (/^[MLCz]$/i.test(token)) {
      flush();
      if (/[a-y]/.test(token)) throw new Error(`relative path command ${token}`);
      if ((token === 'M' || token === 'z' || token === 'Z') && ring.length) {
        rings.push(ring);
        ring = [];
      }
      command = token.toUpperCase();
    } else numbers.push(Number(token));
  }
  flush();
  if (ring.length) rings.push(ring);
  return rings;
}

function distanceToSegment([x, y]: Point, [x1, y1]: Point, [x2, y2]: Point): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / length));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

/** Douglas–Peucker on an open polyline (first and last points kept). */
export function simplify(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [from, to] = stack.pop()!;
    let worst = -1;
    let index = -1;
    for (let i = from + 1; i < to; i++) {
      const d = distanceToSegment(points[i]!, points[from]!, points[to]!);
      if (d > worst) [worst, index] = [d, i];
    }
    if (worst > tolerance) {
      keep[index] = 1;
      stack.push([from, index], [index, to]);
    }
  }
  return points.filter((_, i) => keep[i] === 1);
}

/** The height of the target box. */
export function fitHeight(fit: Fit): number {
  return (fit.box[3] * fit.width) / fit.box[2];
}

/** A path fitted into the target box, simplified, with relative commands and one decimal. */
export function fitPath(d: string, fit: Fit): string {
  const [bx, by, bw] = fit.box;
  const scale = fit.width / bw;
  const tenth = (n: number) => Math.round(n * 10);
  const out: string[] = [];
  let at: Point = [0, 0];
  for (const ring of pathRings(d)) {
    const moved = ring.map(([x, y]): Point => [(x - bx) * scale, (y - by) * scale]);
    // Split the closed ring in two so Douglas–Peucker has two fixed ends to work between.
    const half = Math.floor(moved.length / 2);
    const points = [
      ...simplify(moved.slice(0, half + 1), fit.tolerance),
      ...simplify(moved.slice(half), fit.tolerance).slice(1),
    ].map(([x, y]): Point => [tenth(x), tenth(y)]);
    if (points.length < 3) continue;
    // `z` returns to the ring's first point, where the next relative `m` starts from.
    const steps = points.map(([x, y], i) => {
      const step = `${(x - at[0]) / 10} ${(y - at[1]) / 10}`;
      at = [x, y];
      return i === 0 ? `m${step}` : step;
    });
    out.push(`${steps[0]}l${steps.slice(1).join(' ')}z`);
    at = points[0]!;
  }
  return out.join('').replace(/^m/, 'M');
}
