import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../flows/debt-collection/assessment';

export function AssessmentBanner({
  assessment,
  scamRisk,
}: {
  readonly assessment: Assessment;
  readonly scamRisk: boolean;
}) {
  const { t } = useTranslation();
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
      <section className={`banner banner-${assessment}`} aria-labelledby="assessment-title">
        <p className="banner-label">{t(($) => $.result.assessment_label)}</p>
        <h2 id="assessment-title">{t(($) => $.assessment[assessment].title)}</h2>
        <p>{t(($) => $.assessment[assessment].body)}</p>
      </section>
    </>
  );
}
