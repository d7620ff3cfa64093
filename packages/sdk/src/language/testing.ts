import { Codelists } from '../codelists/codelists.js';
import { Workspace } from '../workspace/workspace.js';

/** A consortium, a provider on two of its lots and an agreement calling one off: the files the language tests read. */
export const FILES: Record<string, string> = {
  'file:///ws/consortium.yaml': `# The test consortium.
# Fictional.
apiVersion: nof/v1
kind: Consortium
metadata:
  id: white-rose
  name: White Rose Test Framework
spec:
  type: regional
  members:
    - authority: E08000035
  arrangements:
    - id: ifa-2015
      name: IFA framework 2015
      type: framework-agreement
      lots:
        - id: lot-1
          name: Standard
          tiers:
            - { id: tier-1, rank: 1 }
        - id: lot-2
          name: Enhanced
`,
  'file:///ws/provider.yaml': `apiVersion: nof/v1
kind: ProviderProfile
metadata:
  id: rose-fostering
  name: Rose Fostering
spec:
  organisation: { legalName: Rose Fostering Ltd, type: independent-fostering-agency }
  settings:
    - { id: leeds, name: Rose Fostering Leeds, ofstedUrn: SC123456, type: independent-fostering-agency }
  arrangements:
    - { consortium: white-rose, arrangement: ifa-2015, lots: [lot-1, lot-2], from: 2015-04-01 }
`,
};

export function workspaceOf(files: Record<string, string> = FILES, asOf = '2016-01-01'): Workspace {
  const workspace = new Workspace({ asOf, codelists: new Codelists() });
  for (const [uri, text] of Object.entries(files)) workspace.set(uri, text);
  return workspace;
}

/** The position of `needle` in a file's text, `shift` characters in. */
export function positionOf(text: string, needle: string, shift = 0) {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${needle} not found`);
  const before = text.slice(0, at + shift).split('\n');
  return { line: before.length - 1, character: before[before.length - 1]!.length };
}
