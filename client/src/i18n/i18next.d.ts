import type accessFi from './access.fi.json';
import type deskFi from './desk.fi.json';
import type fi from './fi.json';
import type respondFi from './respond.fi.json';
import type resultsFi from './results.fi.json';
import type staffFi from './staff.fi.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof fi;
      staff: typeof staffFi;
      respond: typeof respondFi;
      results: typeof resultsFi;
      desk: typeof deskFi;
      access: typeof accessFi;
    };
  }
}
