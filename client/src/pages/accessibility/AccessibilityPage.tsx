import { useTranslation } from 'react-i18next';
import { Page } from '../../components/Page';
import { useLanguage } from '../../i18n/useLanguage';

/** Where accessibility feedback goes: an invented address of the (demo) service provider. */
const FEEDBACK_EMAIL = 'saavutettavuus@laatupeili.example';

/** The enforcement body's site in each language, and its contact details. */
const AUTHORITY = {
  url: {
    fi: 'https://www.saavutettavuusvaatimukset.fi',
    sv: 'https://www.tillganglighetskrav.fi',
    en: 'https://www.webaccessibility.fi',
  },
  email: 'saavutettavuus@avi.fi',
  phone: '0295 016 000',
} as const;

/**
 * /accessibility — the accessibility statement Finland's Act on the Provision
 * of Digital Services (306/2019) requires: compliance status, known
 * shortcomings, how it was assessed, a feedback channel and the enforcement
 * authority.
 */
export default function AccessibilityPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const url = AUTHORITY.url[language];
  return (
    <Page title={t('accessibility.title')} documentTitle={t('accessibility.documentTitle')} className="page--narrow">
      <p className="lead">{t('accessibility.intro')}</p>
      <h2>{t('accessibility.statusHeading')}</h2>
      <p>{t('accessibility.status')}</p>
      <h2>{t('accessibility.issuesHeading')}</h2>
      <ul>
        <li>{t('accessibility.issue1')}</li>
        <li>{t('accessibility.issue2')}</li>
        <li>{t('accessibility.issue3')}</li>
      </ul>
      <h2>{t('accessibility.howHeading')}</h2>
      <p>{t('accessibility.how')}</p>
      <h2>{t('accessibility.feedbackHeading')}</h2>
      <p>
        {t('accessibility.feedback')} <a href={`mailto:${FEEDBACK_EMAIL}`}>{FEEDBACK_EMAIL}</a>
      </p>
      <p>{t('accessibility.feedbackReply')}</p>
      <h2>{t('accessibility.enforcementHeading')}</h2>
      <p>{t('accessibility.enforcement')}</p>
      <address className="authority">
        {t('accessibility.authority')}
        <br />
        {t('accessibility.authorityWeb')} <a href={url}>{url.replace('https://', '')}</a>
        <br />
        {t('accessibility.authorityEmail')} <a href={`mailto:${AUTHORITY.email}`}>{AUTHORITY.email}</a>
        <br />
        {t('accessibility.authorityPhone')} {AUTHORITY.phone}
      </address>
    </Page>
  );
}
