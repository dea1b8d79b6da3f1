// @ts-check

/*
 * The API boundary's import zones (issue 8): screens hand drafts (src/api/drafts, the console's names) to a
 * resource's hooks (src/api/resources), which write OBP's body themselves; the body writers (src/api/bodies) and
 * OBP's request and answer shapes (src/api/schemas) stay inside src/api. Tests are not in the zone: a stubbed answer
 * is OBP's JSON and a sent body is OBP's body. `import-x/no-restricted-paths` zones, paths from the repository root.
 */
const screensOutsideTests = ['./src/{features,components,app}/**/!(*.test).{ts,tsx}'];

export const apiBoundaryZones = [
  {
    target: screensOutsideTests,
    from: './src/api/bodies',
    message: "OBP's bodies are written in src/api: pass the draft (src/api/drafts) to the resource's hook.",
  },
  {
    target: screensOutsideTests,
    from: './src/api/schemas',
    // The console's own tables of roles and of the roles each operation needs: no OBP body or answer.
    except: ['./roles.ts', './operations.ts'],
    message: "OBP's request and answer shapes stay in src/api: use the drafts (src/api/drafts) and domain types (src/api/wire).",
  },
];
