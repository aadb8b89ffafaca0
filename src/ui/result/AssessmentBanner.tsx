import { useTranslation } from 'react-i18next';
import { shownAssessment, type Assessment } from '../../../flows/debt-collection/assessment';

/**
 * The scam warning, then the assessment. Beside a scam warning the "lawful" reassurance would
 * contradict it, so the banner says what the warning says instead (decision model, change 7). The
 * warning is shown whole; the assessment in one line, its reasons on a tap (open on paper).
 */
export function AssessmentBanner({
  assessment,
  scamRisk,
}: {
  readonly assessment: Assessment;
  readonly scamRisk: boolean;
}) {
  const { t } = useTranslation();
  const shown = shownAssessment(assessment, scamRisk);
  return (
    <>
      {scamRisk && (
        <section className="banner banner-scam" role="alert" aria-labelledby="scam-title">
          <h2 id="scam-title">
            <span aria-hidden="true">⚠ </span>
            {t(($) => $.assessment.scam.title)}
          </h2>
          <p>{t(($) => $.assessment.scam.body)}</p>
        </section>
      )}
      <section className={`banner banner-${shown}`} aria-labelledby="assessment-title">
        <p className="banner-label">{t(($) => $.result.assessment_label)}</p>
        <h2 id="assessment-title">{t(($) => $.assessment[shown].title)}</h2>
        <details className="assessment-more">
          <summary>{t(($) => $.result.assessment_more)}</summary>
          <p>{t(($) => $.assessment[shown].body)}</p>
        </details>
      </section>
    </>
  );
}
