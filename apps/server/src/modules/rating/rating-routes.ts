import {
  Problem,
  RatingView,
  StaffRatingRequest,
  WebRatingRequest,
  WebRatingStatus,
  WebRatingStatusQuery,
} from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access } from '../../platform/http/route-access.ts';
import type { RatingService } from './rating-service.ts';

const tags = ['ratings'];
const problems = { 400: Problem, 404: Problem, 409: Problem };

/** The citizen's rating through the look-up, and those entered at the center (DESIGN §7). */
export const ratingRoutes =
  (deps: { ratings: RatingService }): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/v1/lookup/rating',
      {
        config: access.public(),
        schema: {
          tags,
          summary: 'Người dân đánh giá kết quả giải quyết hồ sơ (mã hồ sơ và mã tra cứu)',
          body: WebRatingRequest,
          response: { 201: RatingView, ...problems, 422: Problem, 429: Problem },
        },
      },
      async (request, reply) => reply.status(201).send(await deps.ratings.rateOnWeb(request.body, request.ip)),
    );

    // A route of its own rather than a field of the look-up: the rating is this module's, and the page asks only
    // for a returned dossier looked up with its secret, the only one the web can rate.
    app.get(
      '/api/v1/lookup/rating',
      {
        config: access.public(),
        schema: {
          tags,
          summary: 'Hồ sơ đã được người dân đánh giá trực tuyến chưa (mã hồ sơ và mã tra cứu)',
          querystring: WebRatingStatusQuery,
          response: { 200: WebRatingStatus, 400: Problem, 404: Problem, 429: Problem },
        },
      },
      (request) => deps.ratings.webStatus(request.query, request.ip),
    );

    app.post(
      '/api/v1/ratings',
      {
        config: access.ownAgency('counter', 'agency_head'),
        schema: {
          tags,
          summary: 'Đánh giá tại máy tính bảng của quầy, phiếu giấy hoặc thư góp ý do cán bộ nhập',
          body: StaffRatingRequest,
          response: { 201: RatingView, ...problems, 401: Problem, 403: Problem },
        },
      },
      async (request, reply) => reply.status(201).send(await deps.ratings.rateAtCenter(request.body, request.user!)),
    );
  };
