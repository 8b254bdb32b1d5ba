import { RatingView, StaffRatingRequest, WebRatingRequest } from '@motcua/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { access } from '../../platform/http/route-access.ts';
import type { RatingService } from './rating-service.ts';

export const ratingRoutes =
  (deps: { ratings: RatingService }): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/v1/lookup/rating',
      {
        config: access.public(),
        schema: {
          tags: ['ratings'],
          summary: 'Người dân đánh giá kết quả giải quyết hồ sơ (mã hồ sơ và mã tra cứu)',
          body: WebRatingRequest,
          response: { 201: RatingView },
        },
      },
      async (request, reply) => reply.status(201).send(await deps.ratings.rateOnWeb(request.body, request.ip)),
    );

    app.post(
      '/api/v1/ratings',
      {
        config: access.ownAgency('counter', 'agency_head'),
        schema: {
          tags: ['ratings'],
          summary: 'Đánh giá tại máy tính bảng của quầy, phiếu giấy hoặc thư góp ý do cán bộ nhập',
          body: StaffRatingRequest,
          response: { 201: RatingView },
        },
      },
      async (request, reply) => reply.status(201).send(await deps.ratings.rateAtCenter(request.body, request.user!)),
    );
  };
