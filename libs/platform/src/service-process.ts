/**
 * Node options every service process starts with: `npm start`, the tests' and benchmarks' built services, and
 * deploy/Dockerfile (which spells them out; keep the two the same). Under load V8 grows the heap far beyond what a
 * service keeps alive (scheduling's live heap is about 50 MB after a full collection) and keeps the pages it grew,
 * so resident memory followed the allocation rate. Bounding the old generation at two and a half times that live
 * heap makes V8 collect instead of growing, and 8 MB semi-spaces (16 by default) halve the nursery; with Node's own
 * memory of about 70 MB a service stays under 250 MB resident.
 */
export const SERVICE_NODE_OPTIONS = ['--max-old-space-size=128', '--max-semi-space-size=8'] as const;
