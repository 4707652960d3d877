# One image for every app; APP picks which one runs (catalog, customs, payments, logistics, gateway).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
# Workspace manifests first, so dependencies are a cached layer of their own.
COPY package.json package-lock.json ./
COPY apps/catalog/package.json apps/catalog/
COPY apps/customs/package.json apps/customs/
COPY apps/payments/package.json apps/payments/
COPY apps/logistics/package.json apps/logistics/
COPY apps/gateway/package.json apps/gateway/
COPY libs/contracts/package.json libs/contracts/
COPY libs/money/package.json libs/money/
COPY libs/platform/auth/package.json libs/platform/auth/
COPY libs/platform/messaging/package.json libs/platform/messaging/
COPY libs/platform/persistence/package.json libs/platform/persistence/
COPY libs/platform/service/package.json libs/platform/service/
COPY libs/platform/testing/package.json libs/platform/testing/
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json .swcrc ./
COPY apps apps
COPY libs libs
ARG APP=catalog
ENV APP=${APP} HOST=0.0.0.0
USER node
CMD ["sh", "-c", "exec node -r @swc-node/register apps/${APP}/src/main.ts"]
