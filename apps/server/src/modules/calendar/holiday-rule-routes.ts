import { HolidayRule, HolidayRuleList, Problem } from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '../../platform/http/route-access.ts';
import type { CalendarService } from './calendar-service.ts';

const RuleParams = z.object({ id: z.string().regex(/^[a-z0-9-]{1,60}$/) });
const tags = ['calendar'];

/** The holiday rules (DESIGN §5): data the admin edits, audited, applied at once without a release. */
export const holidayRuleRoutes =
  (deps: { calendar: CalendarService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { calendar } = deps;

    app.get(
      '/api/v1/calendar/holiday-rules',
      {
        config: access.public(),
        schema: {
          tags,
          summary: 'Các ngày lễ theo luật (quy tắc và thời gian hiệu lực)',
          response: { 200: HolidayRuleList },
        },
      },
      () => calendar.rules(),
    );

    // Create or replace: the id names the rule; ending a rule is editing its `to`, so its past stays computed.
    app.put(
      '/api/v1/calendar/holiday-rules/:id',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Thêm hoặc sửa một ngày lễ theo luật',
          params: RuleParams,
          body: HolidayRule,
          response: { 200: HolidayRule, 400: Problem, 401: Problem, 403: Problem },
        },
      },
      (request) => calendar.saveRule(request.params.id, request.body, { userId: request.user!.id }),
    );
  };
