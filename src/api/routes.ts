// The route table: every METHOD /path of the API → its handler, who may call it, and its schemas.
// Paths are relative to the API prefix (/api/v1). Reads are public; writes need a bearer token.
import { route, type ApiRoute } from './route.js';
import * as schema from './schemas.js';
import { ingestArticle, showArticle } from './handlers/articles.js';
import { searchClaims } from './handlers/claims.js';
import { compareDevices } from './handlers/compare.js';
import { addAlias, listDevices, mergeDevice, showDevice } from './handlers/devices.js';
import { confirmValues } from './handlers/officials.js';
import { listSources, showSource } from './handlers/sources.js';

export const API_PREFIX = '/api/v1';

export const routes: readonly ApiRoute[] = [
  route({
    method: 'GET',
    path: '/devices',
    access: 'public',
    tag: 'devices',
    summary: 'Search devices by name, one page at a time',
    query: schema.deviceListQuery,
    response: schema.devicePage,
    handler: listDevices,
  }),
  route({
    method: 'GET',
    path: '/devices/:device',
    access: 'public',
    tag: 'devices',
    summary: 'One device: consensus sheet, sources, and its claims as a timeline (paged)',
    params: schema.deviceParams,
    query: schema.deviceQuery,
    response: schema.deviceDetailSchema,
    handler: showDevice,
  }),
  route({
    method: 'POST',
    path: '/devices/:device/aliases',
    access: 'token',
    tag: 'devices',
    summary: 'Give the device another name (a device stored under that name joins it)',
    params: schema.deviceParams,
    body: schema.aliasBody,
    response: schema.identityResultSchema,
    status: 201,
    handler: addAlias,
  }),
  route({
    method: 'POST',
    path: '/devices/:device/merges',
    access: 'token',
    tag: 'devices',
    summary: 'Fold another device into this one: its claims count for this device',
    params: schema.deviceParams,
    body: schema.mergeBody,
    response: schema.identityResultSchema,
    status: 201,
    handler: mergeDevice,
  }),
  route({
    method: 'POST',
    path: '/devices/:device/official',
    access: 'token',
    tag: 'grades',
    summary: 'Confirm official values (or a cancellation); every claim is regraded',
    params: schema.deviceParams,
    body: schema.officialBody,
    response: schema.confirmResultSchema,
    status: 201,
    handler: confirmValues,
  }),
  route({
    method: 'GET',
    path: '/compare',
    access: 'public',
    tag: 'devices',
    summary: 'Two to four devices side by side, per attribute, differences flagged',
    query: schema.compareQuery,
    response: schema.compareSchema,
    handler: compareDevices,
  }),
  route({
    method: 'GET',
    path: '/claims',
    access: 'public',
    tag: 'claims',
    summary: 'Search claims by words and filters, newest first',
    query: schema.claimsQuery,
    response: schema.claimPage,
    handler: searchClaims,
  }),
  route({
    method: 'GET',
    path: '/sources',
    access: 'public',
    tag: 'sources',
    summary: 'The source leaderboard: accuracy, lead time, Brier score and calibration per source',
    query: schema.sourceListQuery,
    response: schema.sourcePage,
    handler: listSources,
  }),
  route({
    method: 'GET',
    path: '/sources/:source',
    access: 'public',
    tag: 'sources',
    summary: 'One source: its record and its graded claims (paged)',
    params: schema.sourceParams,
    query: schema.sourceQuery,
    response: schema.sourceDetailSchema,
    handler: showSource,
  }),
  route({
    method: 'GET',
    path: '/articles/:id',
    access: 'public',
    tag: 'articles',
    summary: 'One article: its text and every claim with its character span',
    params: schema.articleParams,
    response: schema.articleSchema,
    handler: showArticle,
  }),
  route({
    method: 'POST',
    path: '/articles',
    access: 'token',
    tag: 'articles',
    summary: 'Ingest an article: pasted text, or a URL of a page or feed',
    body: schema.ingestBody,
    response: schema.ingestResultSchema,
    status: 201,
    handler: ingestArticle,
  }),
];
