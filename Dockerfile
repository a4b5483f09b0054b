# Self-hosting: builds the deck (with its PDF) and serves it with nginx, as deploy/nginx.conf describes.
#   docker build -t talk .                                                   # deck at http://host:8080/
#   docker build -t talk --build-arg DECK_BASE=/talk/ --build-arg DECK_URL=https://example.org/talk/ .
#   docker run --rm -p 8080:8080 talk
# DECK_URL is the deck's public address: the QR code and the link preview (og:url, og:image) need it.

# --- build: Node 20 with Debian's Chromium, which exports the PDF and renders the link-preview image ---
FROM node:20-bookworm-slim AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends chromium \
  && rm -rf /var/lib/apt/lists/*
ENV CHROMIUM_PATH=/usr/bin/chromium
WORKDIR /deck
COPY package.json package-lock.json ./
# Playwright's browser download is not needed: the scripts use CHROMIUM_PATH.
RUN PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
COPY . .
ARG DECK_BASE=/
ARG DECK_URL=
RUN DECK_URL="$DECK_URL" node_modules/.bin/tsx scripts/build.ts --base "$DECK_BASE" --out dist \
  && node_modules/.bin/tsx scripts/nginx-conf.ts --dist dist --base "$DECK_BASE" --listen 8080 \
    --root /usr/share/nginx/html --out /deck/nginx-site.conf

# --- serve: a small nginx image that runs as an ordinary user on port 8080 ---
FROM nginxinc/nginx-unprivileged:1.27-alpine AS serve
ARG DECK_BASE=/
COPY --from=build /deck/nginx-site.conf /etc/nginx/conf.d/default.conf
COPY --from=build /deck/dist /usr/share/nginx/html${DECK_BASE}
EXPOSE 8080
