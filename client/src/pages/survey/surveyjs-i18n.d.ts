// SurveyJS's translation modules register themselves when imported; their package exports name no types.
declare module 'survey-core/i18n/finnish';
declare module 'survey-core/i18n/swedish';
