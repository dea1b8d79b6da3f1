import * as z from 'zod/mini';

/** What the sandbox may declare beyond OBP (agreed with the server side). Unknown names are ignored. */
export const SERVER_EXTENSIONS = [
  'kyc-status-history',
  'address-status',
  'multiple-social-media-handles',
  'paged-phone-search',
  'customer-number-check',
  'token-revocation',
  'credit-limit-requests',
  'kyc-item-versions',
  'metrics-url-patterns',
] as const;
export type ServerExtension = (typeof SERVER_EXTENSIONS)[number];

/** `GET /obp/v5.1.0/sandbox/capabilities` — the sandbox's answer; a real OBP server answers 404 OBP-10404 there. */
const demoUser = z.looseObject({ username: z.string(), role: z.optional(z.nullable(z.string())), password: z.string() });
/** A seeded user the sandbox names on its sign-in page (only while on the published default password). */
export type DemoUser = { username: string; role: string; password: string };

export const capabilitiesAnswer = z.pipe(
  z.looseObject({
    server: z.optional(z.nullable(z.string())),
    extensions: z.optional(z.nullable(z.array(z.unknown()))),
    demo_users: z.optional(z.nullable(z.array(z.unknown()))),
  }),
  z.transform((wire) => ({
    server: wire.server ?? '',
    extensions: (wire.extensions ?? []).filter((name): name is ServerExtension =>
      (SERVER_EXTENSIONS as readonly unknown[]).includes(name),
    ),
    demoUsers: (wire.demo_users ?? []).flatMap((row): DemoUser[] => {
      const parsed = demoUser.safeParse(row);
      return parsed.success ? [{ username: parsed.data.username, role: parsed.data.role ?? '', password: parsed.data.password }] : [];
    }),
  })),
);
