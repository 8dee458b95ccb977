import '../../styles/respond.css';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/Page';
import { respondPaths } from '../../lib/paths';

/** What Laatupeili is, and the two ways in: a resume code for respondents, sign-in for staff. */
export function HomePage() {
  const { t } = useTranslation('respond');
  const { t: tc } = useTranslation();
  return (
    <Page title={tc('app.name')} documentTitle={t('home.documentTitle')} className="home-page">
      <p className="lead intro">{t('home.intro')}</p>
      <div className="home-page__ways">
        <section className="step" aria-labelledby="home-respond">
          <h2 id="home-respond">{t('home.respondHeading')}</h2>
          <p>{t('home.respondText')}</p>
          <p>
            <Link className="button button--primary" to={respondPaths.resume}>
              {t('home.resume')}
            </Link>
          </p>
        </section>
        <section className="step" aria-labelledby="home-staff">
          <h2 id="home-staff">{t('home.staffHeading')}</h2>
          <p>{t('home.staffText')}</p>
          <p>
            <Link className="button button--secondary" to="/sign-in">
              {t('home.signIn')}
            </Link>
          </p>
        </section>
      </div>
      <section aria-labelledby="home-steps">
        <h2 id="home-steps">{t('home.stepsHeading')}</h2>
        <ol className="home-page__steps">
          <li>{t('home.step1')}</li>
          <li>{t('home.step2')}</li>
          <li>{t('home.step3')}</li>
        </ol>
      </section>
    </Page>
  );
}
