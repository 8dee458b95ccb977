/** The rounds API's shapes, shared with the client (declared once, here). */
import type { Instrument } from '../instrument/schema';
import type { LocalizedText } from '../instrument/text';
import type { OrganisationSummary } from '../organisations/types';

export type { OrganisationSummary } from '../organisations/types';

export type RoundStatus = 'upcoming' | 'open' | 'closed';

export type RoundSummary = {
  id: string;
  name: LocalizedText;
  instrumentId: string;
  instrumentTitle: LocalizedText;
  instrumentVersion: string;
  opensAt: string;
  closesAt: string;
  status: RoundStatus;
  minGroupSize: number;
  introduction: LocalizedText | null;
  videoUrl: string | null;
  /** The region of a round a coordinator opened; null for a national round. */
  regionCode: string | null;
};

export type InvitationMode = 'individual' | 'group';

export type InvitationView = {
  organisationId: string;
  mode: InvitationMode;
  /** The link's secret; the respondent's page is /i/<token>. */
  token: string;
  createdAt: string;
};

export type RoundDetail = RoundSummary & {
  instrument: Instrument;
  organisations: OrganisationSummary[];
};

/** What the client sends to open a round: dates as YYYY-MM-DD (the start of that day in Finland) or ISO 8601. */
export type CreateRoundInput = {
  name: LocalizedText;
  opensAt: string;
  closesAt: string;
  /** Default 5. */
  minGroupSize?: number;
  introduction?: LocalizedText | null;
  /** An https link to a video shown before the questions. */
  videoUrl?: string | null;
  instrumentId: string;
  instrumentVersion: string;
  organisationIds: string[];
  /** Default individual. */
  mode?: InvitationMode;
};

export type UpdateRoundInput = Partial<
  Pick<CreateRoundInput, 'name' | 'opensAt' | 'closesAt' | 'minGroupSize' | 'introduction' | 'videoUrl'>
>;

export type RegenerateInvitationInput = { mode?: InvitationMode };
