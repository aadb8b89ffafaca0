// The plan for a position in the flow: the assessment and the prioritised actions once the path
// is complete. The position itself (replaying answers through the machine) is position.ts.
import { recommend, type RecommendedAction } from './actions';
import type { Answers } from './answers';
import { assess, scamRisk, type Assessment } from './assessment';
import { currentQuestion, onPathAnswers, replay, type FlowSnapshot } from './position';
import type { QuestionId } from './questions';

export type Plan =
  | {
      readonly complete: true;
      readonly path: readonly QuestionId[];
      readonly assessment: Assessment;
      readonly scam_risk: boolean;
      readonly actions: readonly RecommendedAction[];
    }
  | { readonly complete: false; readonly path: readonly QuestionId[]; readonly next: QuestionId };

/** The plan for a snapshot: the assessment and actions once the path is complete. */
export function planOf(snapshot: FlowSnapshot): Plan {
  const path = snapshot.context.trail;
  const next = currentQuestion(snapshot);
  if (next !== null) return { complete: false, path, next };
  const answers = onPathAnswers(snapshot.context);
  return {
    complete: true,
    path,
    assessment: assess(answers),
    scam_risk: scamRisk(answers),
    actions: recommend(answers),
  };
}

/** Answers in, plan out, through the real machine. */
export function planFor(answers: Answers): Plan {
  return planOf(replay(answers));
}
