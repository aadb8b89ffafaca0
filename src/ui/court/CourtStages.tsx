// The four stages of a lawsuit, one section each; the one the person's answers point to is open
// and marked, the others a tap away.
import { COURT_STAGES, STAGE_IDS, type CourtStage } from '../../../flows/court/stages';
import type { CourtStrings } from '../../i18n/lazy-bundles';

export interface CourtStagesProps {
  readonly strings: CourtStrings;
  readonly current: CourtStage | null;
}

export function CourtStages({ strings, current }: CourtStagesProps) {
  return (
    <section className="court-stages" aria-labelledby="court-stages-heading">
      <h2 id="court-stages-heading">{strings.stage_heading}</h2>
      <p className="muted">{strings.stage_hint}</p>
      {STAGE_IDS.map((id) => {
        const stage = strings.stage[id];
        return (
          <details
            key={id}
            className={`court-stage${id === current ? ' court-stage-current' : ''}`}
            open={id === current}
            id={`court-stage-${id}`}
          >
            <summary>
              <span className="court-stage-title">{stage.title}</span>
              {id === current && <span className="badge">{strings.you_are_here}</span>}
            </summary>
            <p className="court-stage-when">{stage.when}</p>
            <ul>
              {stage.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <h3>{strings.basis_heading}</h3>
            <ul className="muted">
              {COURT_STAGES[id].cites.map((fact) => (
                <li key={fact}>{strings.basis[fact]}</li>
              ))}
            </ul>
          </details>
        );
      })}
      <p className="muted">{strings.official_text}</p>
    </section>
  );
}
