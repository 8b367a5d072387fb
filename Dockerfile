# Multi-stage: build the web app with the dev dependencies, run with production ones as a non-root user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
COPY server ./server
COPY db ./db
COPY indicators ./indicators
USER node
EXPOSE 8787
# One PID, so SIGTERM from `docker stop` reaches the server and it shuts down cleanly.
CMD ["node", "--import", "tsx", "server/main.ts"]
