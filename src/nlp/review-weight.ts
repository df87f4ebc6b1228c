/**
 * A mixed review's weight (twenty-third pass): a review rated three stars or fewer that tells a fault
 * ("3/5 — Comfy trainers, true to size… The sole started peeling away after a month though", "Ocena 3/5:
 * … ale zamek zaciął się po tygodniu", "2 stars for the colour" after a rug that shed) is a complaint
 * about that fault, whatever its praise of the rest: the rating says the fault outweighed it. Without
 * a fault told, a three-star review stays as mild as before and a low one as the blend reads it.
 */
import { NEGATIVE_AT } from "./reading.js";

/** How far below the negative threshold such a review lands: just negative, never a strong one. */
const JUST_NEGATIVE = NEGATIVE_AT - 0.05;

/** The score of a review with `rating` (1–5) whose text tells `faults` problems, else `score` unchanged. */
export function weighReview(rating: number, score: number, faults: number): number {
  return rating <= 3 && faults > 0 ? Math.min(score, JUST_NEGATIVE) : score;
}
