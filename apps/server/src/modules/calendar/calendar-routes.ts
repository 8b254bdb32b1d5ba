import {
  CalendarChangeEntry,
  CalendarDays,
  CalendarDaysQuery,
  CalendarDueQuery,
  CalendarDueResponse,
  CalendarYear,
  OfficeHours,
  PageQuery,
  pageOf,
  Problem,
  YearlyNotice,
} from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { access } from '../../platform/http/route-access.ts';
import type { CalendarService } from './calendar-service.ts';
import { holidayRuleRoutes } from './holiday-rule-routes.ts';

const YearParams = z.object({ year: z.coerce.number().int().min(1900).max(2100) });
const tags = ['calendar'];
const problems = { 400: Problem, 401: Problem, 403: Problem };

export const calendarRoutes =
  (deps: { calendar: CalendarService }): FastifyPluginAsyncZod =>
  async (app) => {
    const { calendar } = deps;
    await app.register(holidayRuleRoutes(deps));

    app.get(
      '/api/v1/calendar/days',
      {
        config: access.public(),
        schema: {
          tags,
          summary: 'Ngày làm việc, ngày lễ và âm lịch (tối đa 400 ngày)',
          querystring: CalendarDaysQuery,
          response: { 200: CalendarDays, 400: Problem },
        },
      },
      (request) => calendar.days(request.query),
    );

    app.get(
      '/api/v1/calendar/due',
      {
        config: access.public(),
        schema: {
          tags,
          summary: 'Thời điểm hẹn trả theo giờ làm việc của Trung tâm tỉnh',
          querystring: CalendarDueQuery,
          response: { 200: CalendarDueResponse, 400: Problem },
        },
      },
      (request) => calendar.due(request.query),
    );

    app.get(
      '/api/v1/calendar/years/:year',
      {
        config: access.public(),
        schema: {
          tags,
          summary: 'Thông báo lịch nghỉ của năm và lịch đang áp dụng',
          params: YearParams,
          response: { 200: CalendarYear, 400: Problem },
        },
      },
      (request) => calendar.year(request.params.year),
    );

    app.put(
      '/api/v1/calendar/notices/:year',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Nhập hoặc sửa thông báo lịch nghỉ của năm',
          params: YearParams,
          body: YearlyNotice,
          response: { 200: YearlyNotice, ...problems },
        },
      },
      (request) => calendar.saveNotice(request.params.year, request.body, { userId: request.user!.id }),
    );

    app.delete(
      '/api/v1/calendar/notices/:year',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Xóa thông báo, trở về lịch mặc định',
          params: YearParams,
          response: { 204: z.undefined(), 404: Problem, ...problems },
        },
      },
      async (request, reply) => {
        await calendar.deleteNotice(request.params.year, { userId: request.user!.id });
        return reply.code(204).send();
      },
    );

    app.get(
      '/api/v1/calendar/office-hours',
      {
        config: access.public(),
        schema: { tags, summary: 'Giờ làm việc của Trung tâm tỉnh', response: { 200: OfficeHours } },
      },
      () => calendar.officeHours(),
    );

    app.put(
      '/api/v1/calendar/office-hours',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Sửa giờ làm việc của Trung tâm tỉnh',
          body: OfficeHours,
          response: { 200: OfficeHours, ...problems },
        },
      },
      (request) => calendar.saveOfficeHours(request.body, { userId: request.user!.id }),
    );

    app.get(
      '/api/v1/calendar/audit',
      {
        config: access.all('admin'),
        schema: {
          tags,
          summary: 'Nhật ký thay đổi lịch làm việc',
          querystring: PageQuery,
          response: { 200: pageOf(CalendarChangeEntry), ...problems },
        },
      },
      (request) => calendar.changes(request.query.page, request.query.pageSize),
    );
  };
