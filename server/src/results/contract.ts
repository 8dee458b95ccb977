/** The results API and its exports (shared with the client). */
import { get } from '../http/endpoint.shared';
import type { Language } from '../instrument/text';
import type { CountryResults, CsvDialectName, OrganisationResults, RegionResults } from './types';

/**
 * Exports are CSV or XLSX (`:format`), their texts in a language; a CSV in Excel's dialect for
 * Finnish and Swedish unless `dialect=plain` (default plain for English).
 */
type Export = { lang?: Language; dialect?: CsvDialectName };
const organisation = '/rounds/:roundId/organisations/:organisationId/results';
const region = '/rounds/:roundId/regions/:regionCode/results';
const country = '/rounds/:roundId/results';

export const resultEndpoints = {
  organisationResults: get(organisation).returns<OrganisationResults>(),
  organisationResultsFile: get(`${organisation}.:format`).query<Export>().file(),
  regionResults: get(region).returns<RegionResults>(),
  regionResultsFile: get(`${region}.:format`).query<Export>().file(),
  countryResults: get(country).returns<CountryResults>(),
  countryResultsFile: get(`${country}.:format`).query<Export>().file(),
  /** Every answer of the round (administrators, audited). */
  rawAnswers: get('/rounds/:roundId/answers.csv').query<{ lang?: Language }>().file(),
};
