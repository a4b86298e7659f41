/**
 * Synthetic questionnaire answers with a realistic shape: each respondent has a level per
 * construct and a personal change, items add noise, some answers are skipped, and the
 * reverse-coded item is answered the other way round.
 */
import type { AnswerDraft, Wave } from './model.ts';
import type { Random } from './random.ts';

export interface ItemModel {
  itemId: string;
  construct: string;
  min: number;
  max: number;
  reverse: boolean;
  /** Mean level before the programme (in the construct's direction). */
  pre: number;
  /** Mean change from pre to post. */
  change: number;
}

/** One sitting of the questionnaire: the wave, its date and how far the change has come (0–1). */
export interface Sitting {
  wave: Wave;
  day: number;
  progress: number;
}

const SKIP_RATE = 0.025;

/**
 * Appends one respondent's answers to `out` for every sitting they took.
 * Draws the respondent's levels first, so adding a wave never changes earlier answers' model.
 */
export function answerSittings(
  random: Random,
  person: number,
  items: readonly ItemModel[],
  sittings: readonly Sitting[],
  out: AnswerDraft[],
): void {
  const level = new Map<string, number>();
  const change = new Map<string, number>();
  for (const item of items) {
    if (!level.has(item.construct)) {
      level.set(item.construct, random.normal(0, 0.7));
      change.set(item.construct, random.normal(0, 0.6));
    }
  }
  for (const sitting of sittings) {
    for (const item of items) {
      const skipped = random.chance(SKIP_RATE);
      const latent =
        item.pre +
        (level.get(item.construct) as number) +
        sitting.progress * (item.change + (change.get(item.construct) as number)) +
        random.normal(0, 0.55);
      const agreed = Math.min(item.max, Math.max(item.min, Math.round(latent)));
      const value = item.reverse ? item.min + item.max - agreed : agreed;
      out.push({
        person,
        wave: sitting.wave,
        itemId: item.itemId,
        ...(skipped ? {} : { value }),
        answeredOn: sitting.day,
      });
    }
  }
}
