// Every route of the emulation module (thi đua – khen thưởng), mounted once by app.ts.
import { createRouter } from '../../core/http.ts';
import { classificationRoutes } from './classification.routes.ts';
import { emulationImportRoutes } from './emulation-import.routes.ts';
import { emulationRoutes } from './emulation.routes.ts';
import { judgingRoutes } from './judging.routes.ts';
import { emulationMeetingRoutes } from './meetings.routes.ts';

export function emulationModuleRoutes() {
  const app = createRouter();
  for (const routes of [emulationRoutes(), emulationMeetingRoutes(), judgingRoutes(), emulationImportRoutes(), classificationRoutes()]) {
    app.route('/', routes);
  }
  return app;
}
