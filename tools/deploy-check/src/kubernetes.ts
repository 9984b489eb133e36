import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { WORKSPACE } from './workspace';

export const K8S_DIRECTORY = join(WORKSPACE, 'deploy', 'k8s');
export const SECRET_EXAMPLE = 'secret.example.yaml';

type Labels = Record<string, string>;
interface KeyReference {
  name: string;
  key: string;
}
interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: { secretKeyRef?: KeyReference; configMapKeyRef?: KeyReference };
}
interface Probe {
  httpGet?: { path?: string; port?: number | string };
}
export interface Container {
  name: string;
  image?: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: EnvVar[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
}
interface PodTemplate {
  metadata?: { labels?: Labels; annotations?: Labels };
  spec?: { containers?: Container[] };
}

export interface Manifest {
  file: string;
  kind: string;
  metadata: { name: string; labels?: Labels };
  data?: Record<string, string>;
  stringData?: Record<string, string>;
  spec?: {
    replicas?: number;
    template?: PodTemplate;
    type?: string;
    selector?: Labels;
    ports?: { port: number; targetPort?: number | string }[];
    scaleTargetRef?: { kind: string; name: string };
    rules?: {
      http?: { paths?: { backend: { service: { name: string; port: { number?: number; name?: string } } } }[] };
    }[];
  };
}

export const yamlFilesOf = (directory: string): string[] =>
  readdirSync(directory)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort();

/** Every document of a file, or the parse errors that make it unusable. */
export const readManifests = (file: string): { manifests: Manifest[]; errors: string[] } => {
  const documents = parseAllDocuments(readFileSync(join(K8S_DIRECTORY, file), 'utf8'));
  const errors = documents.flatMap((document) => document.errors.map((error) => `${file}: ${error.message}`));
  const manifests = documents
    .map((document) => ({ ...(document.toJS() as Manifest), file }))
    .filter((manifest) => manifest.kind);
  return { manifests, errors };
};

export const kustomizationResources = (): string[] =>
  (parse(readFileSync(join(K8S_DIRECTORY, 'kustomization.yaml'), 'utf8')) as { resources?: string[] }).resources ?? [];

/** What `kubectl apply -k` deploys, plus the example of the Secret that is created out of band. */
export const loadDeployedManifests = (): { deployed: Manifest[]; secretExample: Manifest } => ({
  deployed: kustomizationResources().flatMap((file) => readManifests(file).manifests),
  secretExample: readManifests(SECRET_EXAMPLE).manifests[0],
});

export const podLabels = (manifest: Manifest): Labels => manifest.spec?.template?.metadata?.labels ?? {};
export const podAnnotations = (manifest: Manifest): Labels => manifest.spec?.template?.metadata?.annotations ?? {};
export const containersOf = (manifest: Manifest): Container[] => manifest.spec?.template?.spec?.containers ?? [];

/** A probe or Service may name a container port instead of giving its number. */
export const resolvePort = (container: Container, port: number | string | undefined): number | undefined =>
  typeof port === 'string' ? container.ports?.find((candidate) => candidate.name === port)?.containerPort : port;

const keysOf = (manifest: Manifest | undefined): Set<string> =>
  new Set(Object.keys({ ...manifest?.data, ...manifest?.stringData }));

/** Variables a container receives, and a problem for every reference to a ConfigMap or Secret key that does not exist. */
export const containerEnvironment = (
  container: Container,
  manifests: Manifest[],
): { names: Set<string>; problems: string[] } => {
  const source = (kind: string, name: string) =>
    manifests.find((manifest) => manifest.kind === kind && manifest.metadata.name === name);
  const names = new Set<string>();
  const problems: string[] = [];
  for (const from of container.envFrom ?? []) {
    const [kind, reference] = from.configMapRef ? ['ConfigMap', from.configMapRef] : ['Secret', from.secretRef];
    const manifest = reference && source(kind, reference.name);
    if (!manifest) problems.push(`envFrom names ${kind} "${reference?.name}", which no manifest defines`);
    keysOf(manifest).forEach((key) => names.add(key));
  }
  for (const variable of container.env ?? []) {
    names.add(variable.name);
    const { secretKeyRef, configMapKeyRef } = variable.valueFrom ?? {};
    const [kind, reference] = secretKeyRef ? ['Secret', secretKeyRef] : ['ConfigMap', configMapKeyRef];
    if (reference && !keysOf(source(kind, reference.name)).has(reference.key)) {
      problems.push(
        `${variable.name} comes from ${kind} "${reference.name}" key "${reference.key}", which it does not define`,
      );
    }
  }
  return { names, problems };
};

/** The values a container's environment spells out, in its env or in the ConfigMaps it reads whole; secrets stay out. */
export const literalEnvironment = (container: Container, manifests: Manifest[]): Record<string, string> => {
  const configMaps = (container.envFrom ?? []).map(({ configMapRef }) =>
    manifests.find((manifest) => manifest.kind === 'ConfigMap' && manifest.metadata.name === configMapRef?.name),
  );
  const literals = (container.env ?? []).flatMap(({ name, value }) => (value === undefined ? [] : [[name, value]]));
  return Object.assign({}, ...configMaps.map((configMap) => configMap?.data ?? {}), Object.fromEntries(literals));
};
