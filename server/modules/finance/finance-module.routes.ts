// Every route of the finance module (funds and ledger, dues, voluntary funds and campaigns, welfare, blood donations, disclosure), mounted once by app.ts.
import { createRouter } from '../../core/http.ts';
import { bloodDonationRoutes } from './blood-donations.routes.ts';
import { contributionRoutes } from './contributions.routes.ts';
import { disclosureRoutes } from './disclosure.routes.ts';
import { duesRoutes } from './dues.routes.ts';
import { ledgerRoutes } from './ledger.routes.ts';
import { welfareRoutes } from './welfare.routes.ts';

export function financeModuleRoutes() {
  const app = createRouter();
  for (const routes of [ledgerRoutes(), welfareRoutes(), bloodDonationRoutes(), duesRoutes(), contributionRoutes(), disclosureRoutes()]) {
    app.route('/', routes);
  }
  return app;
}
