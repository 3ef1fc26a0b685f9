import { C as createHeadAndContent, E as unescapeHTML, _ as renderHead, c as renderComponent, f as renderSlot, g as maybeRenderHead, h as renderTemplate, k as ASTRO_GENERATOR, l as Fragment, n as renderScriptElement, r as renderUniqueStylesheet, t as spreadAttributes, v as addAttribute, y as createRenderInstruction, z as generateCspDigest } from "./server_fsqnYzC9.mjs";
import { P as InvalidComponentArgs, c as isRemotePath, ct as UnavailableAstroGlobal, d as removeBase, lt as UnknownContentCollectionError, pt as AstroError, rt as RenderUndefinedEntryError, u as prependForwardSlash } from "./path_ByejjaoZ.mjs";
import { t as createConsoleLogger } from "./console_CdBwB1iU.mjs";
import * as z from "zod/v4";
import { escape } from "html-escaper";
import * as devalue from "devalue";
// \0rolldown/runtime.js
var __defProp = Object.defineProperty;
var __exportAll = (all, no_symbols) => {
	let target = {};
	for (var name in all) __defProp(target, name, {
		get: all[name],
		enumerable: true
	});
	if (!no_symbols) __defProp(target, Symbol.toStringTag, { value: "Module" });
	return target;
};
// node_modules/astro/dist/runtime/server/astro-component.js
function validateArgs(args) {
	if (args.length !== 3) return false;
	if (!args[0] || typeof args[0] !== "object") return false;
	return true;
}
function baseCreateComponent(cb, moduleId, propagation) {
	const name = moduleId?.split("/").pop()?.replace(".astro", "") ?? "";
	const fn = (...args) => {
		if (!validateArgs(args)) throw new AstroError({
			...InvalidComponentArgs,
			message: InvalidComponentArgs.message(name)
		});
		return cb(...args);
	};
	Object.defineProperty(fn, "name", {
		value: name,
		writable: false
	});
	fn.isAstroComponentFactory = true;
	fn.moduleId = moduleId;
	fn.propagation = propagation;
	return fn;
}
function createComponentWithOptions(opts) {
	return baseCreateComponent(opts.factory, opts.moduleId, opts.propagation);
}
function createComponent(arg1, moduleId, propagation) {
	if (typeof arg1 === "function") return baseCreateComponent(arg1, moduleId, propagation);
	else return createComponentWithOptions(arg1);
}
// node_modules/astro/dist/runtime/server/astro-global.js
function createError(name) {
	return new AstroError({
		...UnavailableAstroGlobal,
		message: UnavailableAstroGlobal.message(name)
	});
}
function createAstro(site) {
	return {
		get site() {
			console.warn(`Astro.site inside getStaticPaths is deprecated and will be removed in a future major version of Astro. Use import.meta.env.SITE instead`);
			return site ? new URL(site) : void 0;
		},
		get generator() {
			console.warn(`Astro.generator inside getStaticPaths is deprecated and will be removed in a future major version of Astro.`);
			return ASTRO_GENERATOR;
		},
		get callAction() {
			throw createError("callAction");
		},
		get clientAddress() {
			throw createError("clientAddress");
		},
		get cookies() {
			throw createError("cookies");
		},
		get csp() {
			throw createError("csp");
		},
		get currentLocale() {
			throw createError("currentLocale");
		},
		get getActionResult() {
			throw createError("getActionResult");
		},
		get isPrerendered() {
			throw createError("isPrerendered");
		},
		get locals() {
			throw createError("locals");
		},
		get originPathname() {
			throw createError("originPathname");
		},
		get params() {
			throw createError("params");
		},
		get preferredLocale() {
			throw createError("preferredLocale");
		},
		get preferredLocaleList() {
			throw createError("preferredLocaleList");
		},
		get props() {
			throw createError("props");
		},
		get redirect() {
			throw createError("redirect");
		},
		get request() {
			throw createError("request");
		},
		get response() {
			throw createError("response");
		},
		get rewrite() {
			throw createError("rewrite");
		},
		get routePattern() {
			throw createError("routePattern");
		},
		get self() {
			throw createError("self");
		},
		get slots() {
			throw createError("slots");
		},
		get url() {
			throw createError("url");
		},
		get session() {
			throw createError("session");
		},
		get cache() {
			throw createError("cache");
		},
		get logger() {
			throw createError("logger");
		}
	};
}
// node_modules/astro/dist/runtime/server/render/script.js
async function renderScript(result, id) {
	const inlined = result.inlinedScripts.get(id);
	let content = "";
	if (inlined != null) {
		if (inlined) content = `<script type="module">${inlined}<\/script>`;
	} else {
		const resolved = await result.resolve(id);
		content = `<script type="module" src="${result.userAssetsBase ? (result.base === "/" ? "" : result.base) + result.userAssetsBase : ""}${resolved}"><\/script>`;
	}
	return createRenderInstruction({
		type: "script",
		id,
		content
	});
}
// node_modules/astro/dist/core/render-scope/scope.js
var SCOPE_KEY = /* @__PURE__ */ Symbol.for("astro:render-scope");
function getInstalledRenderScope() {
	return globalThis[SCOPE_KEY];
}
// node_modules/astro/dist/core/render-scope/record.js
function recordContentEntryRender(filePath) {
	if (!filePath) return;
	getInstalledRenderScope()?.getStore()?.contentEntries?.add(filePath);
}
// \0virtual:astro:logger
var level = "warn";
// node_modules/astro/dist/assets/consts.js
var VALID_INPUT_FORMATS = [
	"jpeg",
	"jpg",
	"png",
	"apng",
	"tiff",
	"webp",
	"gif",
	"svg",
	"avif"
];
var VALID_SUPPORTED_FORMATS = [
	"jpeg",
	"jpg",
	"png",
	"tiff",
	"webp",
	"gif",
	"svg",
	"avif"
];
var DEFAULT_OUTPUT_FORMAT = "webp";
var DEFAULT_HASH_PROPS = [
	"src",
	"width",
	"height",
	"format",
	"quality",
	"fit",
	"position",
	"background"
];
// node_modules/astro/dist/assets/runtime.js
function createSvgComponent({ meta, attributes, children, styles }) {
	const hasStyles = styles.length > 0;
	const Component = createComponent({
		async factory(result, props) {
			const normalizedProps = normalizeProps(attributes, props);
			if (hasStyles && result.cspDestination) for (const style of styles) {
				const hash = await generateCspDigest(style, result.cspAlgorithm);
				result._metadata.extraStyleHashes.push(hash);
			}
			return renderTemplate`<svg${spreadAttributes(normalizedProps)}>${unescapeHTML(children)}</svg>`;
		},
		propagation: hasStyles ? "self" : "none"
	});
	Object.defineProperty(Component, "toJSON", {
		value: () => meta,
		enumerable: false
	});
	return Object.assign(Component, meta);
}
var ATTRS_TO_DROP = [
	"xmlns",
	"xmlns:xlink",
	"version"
];
var DEFAULT_ATTRS = {};
function dropAttributes(attributes) {
	for (const attr of ATTRS_TO_DROP) delete attributes[attr];
	return attributes;
}
function normalizeProps(attributes, props) {
	return dropAttributes({
		...DEFAULT_ATTRS,
		...attributes,
		...props
	});
}
// node_modules/astro/dist/content/consts.js
var CONTENT_IMAGE_FLAG = "astroContentImageFlag";
var IMAGE_IMPORT_PREFIX = "__ASTRO_IMAGE_";
// node_modules/astro/dist/assets/utils/resolveImports.js
function imageSrcToImportId(imageSrc, filePath) {
	imageSrc = removeBase(imageSrc, IMAGE_IMPORT_PREFIX);
	if (isRemotePath(imageSrc)) return;
	const ext = imageSrc.split(".").at(-1)?.toLowerCase();
	if (!ext || !VALID_INPUT_FORMATS.includes(ext)) return;
	const params = new URLSearchParams(CONTENT_IMAGE_FLAG);
	if (filePath) params.set("importer", filePath);
	return `${imageSrc}?${params.toString()}`;
}
// node_modules/astro/dist/content/data-store-source.js
var InMemorySource = class {
	#store;
	constructor(store) {
		this.#store = store;
	}
	hasCollection(collection) {
		return this.#store.hasCollection(collection);
	}
	get(collection, key) {
		return this.#store.get(collection, key);
	}
	entries(collection) {
		return this.#store.entries(collection);
	}
	values(collection) {
		return this.#store.values(collection);
	}
	keys(collection) {
		return this.#store.keys(collection);
	}
	has(collection, key) {
		return this.#store.has(collection, key);
	}
	collections() {
		return this.#store.collections();
	}
};
// node_modules/astro/dist/content/data-store.js
var ChunkedCollectionParser = class {
	#entries = /* @__PURE__ */ new Map();
	#remainder = "";
	add(part) {
		const records = (this.#remainder + part).split("\n");
		this.#remainder = records.pop();
		for (const record of records) {
			const parsed = devalue.parse(record);
			if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== "string") throw new Error("Invalid chunked data store entry");
			this.#entries.set(parsed[0], parsed[1]);
		}
	}
	finish() {
		if (this.#remainder) throw new Error("Invalid chunked data store entry");
		return this.#entries;
	}
};
var ImmutableDataStore = class ImmutableDataStore {
	_collections = /* @__PURE__ */ new Map();
	constructor() {
		this._collections = /* @__PURE__ */ new Map();
	}
	get(collectionName, key) {
		return this._collections.get(collectionName)?.get(String(key));
	}
	entries(collectionName) {
		return [...(this._collections.get(collectionName) ?? /* @__PURE__ */ new Map()).entries()];
	}
	values(collectionName) {
		return [...(this._collections.get(collectionName) ?? /* @__PURE__ */ new Map()).values()];
	}
	keys(collectionName) {
		return [...(this._collections.get(collectionName) ?? /* @__PURE__ */ new Map()).keys()];
	}
	has(collectionName, key) {
		const collection = this._collections.get(collectionName);
		if (collection) return collection.has(String(key));
		return false;
	}
	hasCollection(collectionName) {
		return this._collections.has(collectionName);
	}
	collections() {
		return this._collections;
	}
	/**
	* Rebuilds a collections map from a chunked-store manifest whose part file
	* names have already been swapped for their contents.
	*
	* Each collection maps to a list of parts. A part is either a raw string
	* (when the store is loaded from disk) or an ESM namespace from a virtual
	* chunk import (`{ default: string }`, when emitted at runtime). Each part
	* contains independently serialized entry records. This is the inverse of
	* {@link import('./data-store-writer.js').ChunkedWriter} and stays free of
	* Node built-ins so it can run at runtime.
	*/
	static manifestToMap(manifest) {
		const collections = /* @__PURE__ */ new Map();
		for (const [collectionName, parts] of Object.entries(manifest)) {
			const parser = new ChunkedCollectionParser();
			for (const part of parts) parser.add(typeof part === "string" ? part : part.default);
			collections.set(collectionName, parser.finish());
		}
		return collections;
	}
	/**
	* Attempts to load a DataStore from the virtual module.
	* This only works in Vite.
	*/
	static async fromModule() {
		try {
			const data = await import("./_astro_data-layer-content_DX4u3tFa.mjs");
			if (data.default instanceof Map) return ImmutableDataStore.fromMap(data.default);
			if (Array.isArray(data.default)) {
				const map2 = devalue.unflatten(data.default);
				return ImmutableDataStore.fromMap(map2);
			}
			const map = ImmutableDataStore.manifestToMap(data.default);
			return ImmutableDataStore.fromMap(map);
		} catch {}
		return new ImmutableDataStore();
	}
	static async fromMap(data) {
		const store = new ImmutableDataStore();
		store._collections = data;
		return store;
	}
};
function dataStoreSingleton() {
	let instance = void 0;
	return {
		get: async () => {
			if (!instance) instance = ImmutableDataStore.fromModule().then((store) => new InMemorySource(store));
			return instance;
		},
		set: (store) => {
			instance = new InMemorySource(store);
		}
	};
}
var globalDataStore = dataStoreSingleton();
// node_modules/astro/dist/content/loaders/errors.js
function formatZodError(error) {
	return error.issues.map((issue) => `  **${issue.path.join(".")}**: ${issue.message}`);
}
var LiveCollectionError = class LiveCollectionError extends Error {
	collection;
	message;
	cause;
	constructor(collection, message, cause) {
		super(message);
		this.collection = collection;
		this.message = message;
		this.cause = cause;
		this.name = "LiveCollectionError";
		if (cause?.stack) this.stack = cause.stack;
	}
	static is(error) {
		return error instanceof LiveCollectionError;
	}
};
var LiveEntryNotFoundError = class extends LiveCollectionError {
	constructor(collection, entryFilter) {
		super(collection, `Entry ${collection} \u2192 ${typeof entryFilter === "string" ? entryFilter : JSON.stringify(entryFilter)} was not found.`);
		this.name = "LiveEntryNotFoundError";
	}
	static is(error) {
		return error?.name === "LiveEntryNotFoundError";
	}
};
var LiveCollectionValidationError = class extends LiveCollectionError {
	constructor(collection, entryId, error) {
		super(collection, [
			`**${collection} \u2192 ${entryId}** data does not match the collection schema.
`,
			...formatZodError(error),
			""
		].join("\n"));
		this.name = "LiveCollectionValidationError";
	}
	static is(error) {
		return error?.name === "LiveCollectionValidationError";
	}
};
var LiveCollectionCacheHintError = class extends LiveCollectionError {
	constructor(collection, entryId, error) {
		super(collection, [
			`**${String(collection)}${entryId ? ` \u2192 ${String(entryId)}` : ""}** returned an invalid cache hint.
`,
			...formatZodError(error),
			""
		].join("\n"));
		this.name = "LiveCollectionCacheHintError";
	}
	static is(error) {
		return error?.name === "LiveCollectionCacheHintError";
	}
};
// node_modules/astro/dist/content/runtime.js
var cacheHintSchema = z.object({
	tags: z.array(z.string()).optional(),
	lastModified: z.date().optional()
});
async function parseLiveEntry(entry, schema, collection) {
	try {
		const parsed = await z.safeParseAsync(schema, entry.data);
		if (!parsed.success) return { error: new LiveCollectionValidationError(collection, entry.id, parsed.error) };
		if (entry.cacheHint) {
			const cacheHint = cacheHintSchema.safeParse(entry.cacheHint);
			if (!cacheHint.success) return { error: new LiveCollectionCacheHintError(collection, entry.id, cacheHint.error) };
			entry.cacheHint = cacheHint.data;
		}
		return { entry: {
			...entry,
			data: parsed.data
		} };
	} catch (error) {
		return { error: new LiveCollectionError(collection, `Unexpected error parsing entry ${entry.id} in collection ${collection}`, error) };
	}
}
function createGetCollection({ liveCollections, logger }) {
	return async function getCollection(collection, filter) {
		if (collection in liveCollections) throw new AstroError({
			...UnknownContentCollectionError,
			message: `Collection "${collection}" is a live collection. Use getLiveCollection() instead of getCollection().`
		});
		const hasFilter = typeof filter === "function";
		const store = await globalDataStore.get();
		if (await store.hasCollection(collection)) {
			const { default: imageAssetMap } = await import("./content-assets_BaNNkT6V.mjs");
			const result = [];
			for (const rawEntry of await store.values(collection)) {
				const data = resolveEntryData(rawEntry, imageAssetMap);
				let entry = {
					...rawEntry,
					data,
					collection
				};
				if (hasFilter && !filter(entry)) continue;
				result.push(entry);
			}
			return result;
		} else {
			logger.warn("content", `The collection ${JSON.stringify(collection)} does not exist or is empty. Please check your content config file for errors.`);
			return [];
		}
	};
}
function createGetEntry({ liveCollections, logger }) {
	return async function getEntry(collectionOrLookupObject, lookup) {
		let collection, lookupId;
		if (typeof collectionOrLookupObject === "string") {
			collection = collectionOrLookupObject;
			if (!lookup) throw new AstroError({
				...UnknownContentCollectionError,
				message: "`getEntry()` requires an entry identifier as the second argument."
			});
			lookupId = lookup;
		} else {
			collection = collectionOrLookupObject.collection;
			lookupId = "id" in collectionOrLookupObject ? collectionOrLookupObject.id : collectionOrLookupObject.slug;
		}
		if (collection in liveCollections) throw new AstroError({
			...UnknownContentCollectionError,
			message: `Collection "${collection}" is a live collection. Use getLiveEntry() instead of getEntry().`
		});
		if (typeof lookupId === "object") throw new AstroError({
			...UnknownContentCollectionError,
			message: `The entry identifier must be a string. Received object.`
		});
		const store = await globalDataStore.get();
		if (await store.hasCollection(collection)) {
			const entry = await store.get(collection, lookupId);
			if (!entry) {
				logger.warn("content", `Entry ${collection} → ${lookupId} was not found.`);
				return;
			}
			const { default: imageAssetMap } = await import("./content-assets_BaNNkT6V.mjs");
			const data = resolveEntryData(entry, imageAssetMap);
			const result = {
				...entry,
				data,
				collection
			};
			warnForPropertyAccess(logger, result.data, "slug", `[content] Attempted to access deprecated property on "${collection}" entry.
The "slug" property is no longer automatically added to entries. Please use the "id" property instead.`);
			warnForPropertyAccess(logger, result, "render", `[content] Invalid attempt to access "render()" method on "${collection}" entry.
To render an entry, use "render(entry)" from "astro:content".`);
			return result;
		}
	};
}
function warnForPropertyAccess(logger, entry, prop, message) {
	if (!(prop in entry)) {
		let _value = void 0;
		Object.defineProperty(entry, prop, {
			get() {
				if (_value === void 0) logger.error("content", message);
				return _value;
			},
			set(v) {
				_value = v;
			},
			enumerable: false
		});
	}
}
function createGetLiveCollection({ liveCollections }) {
	return async function getLiveCollection(collection, filter) {
		if (!(collection in liveCollections)) return { error: new LiveCollectionError(collection, `Collection "${collection}" is not a live collection. Use getCollection() instead of getLiveCollection() to load regular content collections.`) };
		try {
			const context = {
				filter,
				collection
			};
			const response = await liveCollections[collection].loader?.loadCollection?.(context);
			if (response && "error" in response) return { error: response.error };
			const { schema } = liveCollections[collection];
			let processedEntries = response.entries;
			if (schema) {
				const entryResults = await Promise.all(response.entries.map((entry) => parseLiveEntry(entry, schema, collection)));
				for (const result of entryResults) if (result.error) return { error: result.error };
				processedEntries = entryResults.map((result) => result.entry);
			}
			let cacheHint = response.cacheHint;
			if (cacheHint) {
				const cacheHintResult = cacheHintSchema.safeParse(cacheHint);
				if (!cacheHintResult.success) return { error: new LiveCollectionCacheHintError(collection, void 0, cacheHintResult.error) };
				cacheHint = cacheHintResult.data;
			}
			if (processedEntries.length > 0) {
				const entryTags = /* @__PURE__ */ new Set();
				let latestModified;
				for (const entry of processedEntries) if (entry.cacheHint) {
					if (entry.cacheHint.tags) entry.cacheHint.tags.forEach((tag) => entryTags.add(tag));
					if (entry.cacheHint.lastModified instanceof Date) {
						if (latestModified === void 0 || entry.cacheHint.lastModified > latestModified) latestModified = entry.cacheHint.lastModified;
					}
				}
				if (entryTags.size > 0 || latestModified || cacheHint) {
					const mergedCacheHint = {};
					if (cacheHint?.tags || entryTags.size > 0) mergedCacheHint.tags = [.../* @__PURE__ */ new Set([...cacheHint?.tags || [], ...entryTags])];
					if (cacheHint?.lastModified && latestModified) mergedCacheHint.lastModified = cacheHint.lastModified > latestModified ? cacheHint.lastModified : latestModified;
					else if (cacheHint?.lastModified || latestModified) mergedCacheHint.lastModified = cacheHint?.lastModified ?? latestModified;
					cacheHint = mergedCacheHint;
				}
			}
			return {
				entries: processedEntries,
				cacheHint
			};
		} catch (error) {
			return { error: new LiveCollectionError(collection, `Unexpected error loading collection ${collection}${error instanceof Error ? `: ${error.message}` : ""}`, error) };
		}
	};
}
function createGetLiveEntry({ liveCollections }) {
	return async function getLiveEntry(collection, lookup) {
		if (!(collection in liveCollections)) return { error: new LiveCollectionError(collection, `Collection "${collection}" is not a live collection. Use getCollection() instead of getLiveEntry() to load regular content collections.`) };
		try {
			const lookupObject = {
				filter: typeof lookup === "string" ? { id: lookup } : lookup,
				collection
			};
			let entry = await liveCollections[collection].loader?.loadEntry?.(lookupObject);
			if (entry && "error" in entry) return { error: entry.error };
			if (!entry) return { error: new LiveEntryNotFoundError(collection, lookup) };
			const { schema } = liveCollections[collection];
			if (schema) {
				const result = await parseLiveEntry(entry, schema, collection);
				if (result.error) return { error: result.error };
				entry = result.entry;
			}
			return {
				entry,
				cacheHint: entry.cacheHint
			};
		} catch (error) {
			return { error: new LiveCollectionError(collection, `Unexpected error loading entry ${collection} → ${typeof lookup === "string" ? lookup : JSON.stringify(lookup)}`, error) };
		}
	};
}
var CONTENT_LAYER_IMAGE_REGEX = /__ASTRO_IMAGE_="([^"]+)"/g;
async function updateImageReferencesInBody(html, fileName) {
	const { default: imageAssetMap } = await import("./content-assets_BaNNkT6V.mjs");
	const imageObjects = /* @__PURE__ */ new Map();
	const { getImage } = await import("./_virtual_astro_get-image_CPZ2AWRA.mjs");
	for (const [_full, imagePath] of html.matchAll(CONTENT_LAYER_IMAGE_REGEX)) try {
		const decodedImagePath = JSON.parse(imagePath.replace(/&(?:#x22|quot);/g, "\"").replace(/&(?:#x27|apos);/g, "'").replace(/&(?:amp|#x26|#38);/g, "&"));
		let image;
		if (URL.canParse(decodedImagePath.src)) image = await getImage(decodedImagePath);
		else {
			const id = imageSrcToImportId(decodedImagePath.src, fileName);
			const imported = imageAssetMap.get(id);
			if (!id || imageObjects.has(id) || !imported) continue;
			image = await getImage({
				...decodedImagePath,
				src: imported
			});
		}
		imageObjects.set(imagePath, image);
	} catch {
		throw new Error(`Failed to parse image reference: ${imagePath}`);
	}
	return html.replaceAll(CONTENT_LAYER_IMAGE_REGEX, (full, imagePath) => {
		const image = imageObjects.get(imagePath);
		if (!image) return full;
		const { index, ...attributes } = image.attributes;
		return Object.entries({
			...attributes,
			src: image.src,
			...image.srcSet.values.length > 0 ? { srcset: image.srcSet.attribute } : {}
		}).filter(([, value]) => value != null).map(([key, value]) => value === "" ? `${key}=""` : `${key}="${escape(String(value))}"`).join(" ");
	});
}
function resolveImageAtPath(src, fileName, imageAssetMap) {
	const id = imageSrcToImportId(src, fileName);
	if (!id) return;
	const imported = imageAssetMap?.get(id);
	if (!imported) return;
	if (imported.__svgData) {
		const { __svgData: svgData, ...meta } = imported;
		return createSvgComponent({
			meta,
			...svgData
		});
	}
	return imported;
}
function setAtPathCopying(target, path, value) {
	if (path.length === 0) return target;
	const [key, ...rest] = path;
	const copy = Array.isArray(target) ? target.slice() : { ...target };
	copy[key] = rest.length === 0 ? value : setAtPathCopying(copy[key], rest, value);
	return copy;
}
function updateImageReferencesInData(data, fileName, imageAssetMap, imageImports) {
	if (!imageImports?.length) return data;
	let result = data;
	for (const path of imageImports) {
		let src = result;
		for (const key of path) src = src?.[key];
		if (typeof src !== "string") continue;
		const resolved = resolveImageAtPath(src, fileName, imageAssetMap);
		if (resolved !== void 0) result = setAtPathCopying(result, path, resolved);
	}
	return result;
}
function resolveEntryData(entry, imageAssetMap) {
	return updateImageReferencesInData(entry.data, entry.filePath, imageAssetMap, entry.imageImports);
}
function createRenderEntry({ logger }) {
	return async function renderEntry(entry) {
		if (!entry) throw new AstroError(RenderUndefinedEntryError);
		recordContentEntryRender(entry.filePath);
		if (entry.deferredRender) try {
			const { default: contentModules } = await import("./content-modules_GMWetwCG.mjs");
			const renderEntryImport = contentModules.get(entry.filePath);
			return render$1({
				collection: "",
				id: entry.id,
				renderEntryImport
			});
		} catch (e) {
			logger.error("content", `${e}`);
		}
		const html = entry?.rendered?.metadata?.imagePaths?.length && entry.filePath ? await updateImageReferencesInBody(entry.rendered.html, entry.filePath) : entry?.rendered?.html;
		return {
			Content: createComponent(() => renderTemplate`${unescapeHTML(html)}`),
			headings: entry?.rendered?.metadata?.headings ?? [],
			remarkPluginFrontmatter: entry?.rendered?.metadata?.frontmatter ?? {}
		};
	};
}
async function render$1({ collection, id, renderEntryImport }) {
	const UnexpectedRenderError = new AstroError({
		...UnknownContentCollectionError,
		message: `Unexpected error while rendering ${String(collection)} → ${String(id)}.`
	});
	if (typeof renderEntryImport !== "function") throw UnexpectedRenderError;
	const baseMod = await renderEntryImport();
	if (baseMod == null || typeof baseMod !== "object") throw UnexpectedRenderError;
	const { default: defaultMod } = baseMod;
	if (isPropagatedAssetsModule(defaultMod)) {
		const { collectedStyles, collectedLinks, collectedScripts, getMod } = defaultMod;
		if (typeof getMod !== "function") throw UnexpectedRenderError;
		const propagationMod = await getMod();
		if (propagationMod == null || typeof propagationMod !== "object") throw UnexpectedRenderError;
		return {
			Content: createComponent({
				factory(result, baseProps, slots) {
					let styles = "", links = "", scripts = "";
					if (Array.isArray(collectedStyles)) styles = collectedStyles.map((style) => {
						const content = typeof style === "string" ? style : style.content;
						const viteDevId = typeof style === "object" && style.id ? style.id : void 0;
						return renderUniqueStylesheet(result, {
							type: "inline",
							content,
							viteDevId
						});
					}).join("");
					if (Array.isArray(collectedLinks)) links = collectedLinks.map((link) => {
						return renderUniqueStylesheet(result, {
							type: "external",
							src: isRemotePath(link) ? link : prependForwardSlash(link)
						});
					}).join("");
					if (Array.isArray(collectedScripts)) scripts = collectedScripts.map((script) => renderScriptElement(script)).join("");
					let props = baseProps;
					if (id.endsWith("mdx")) props = {
						components: propagationMod.components ?? {},
						...baseProps
					};
					return createHeadAndContent(unescapeHTML(styles + links + scripts), renderTemplate`${renderComponent(result, "Content", propagationMod.Content, props, slots)}`);
				},
				propagation: "self"
			}),
			headings: propagationMod.getHeadings?.() ?? [],
			remarkPluginFrontmatter: propagationMod.frontmatter ?? {}
		};
	} else if (baseMod.Content && typeof baseMod.Content === "function") return {
		Content: baseMod.Content,
		headings: baseMod.getHeadings?.() ?? [],
		remarkPluginFrontmatter: baseMod.frontmatter ?? {}
	};
	else throw UnexpectedRenderError;
}
function isPropagatedAssetsModule(module) {
	return typeof module === "object" && module != null && "__astroPropagation" in module;
}
// \0astro:content
var liveCollections = {};
var logger = createConsoleLogger({ level });
var getCollection = createGetCollection({
	liveCollections,
	logger
});
var getEntry = createGetEntry({
	liveCollections,
	logger
});
createRenderEntry({ logger });
createGetLiveCollection({ liveCollections });
createGetLiveEntry({ liveCollections });
// site/src/lib/site-meta.ts
async function siteMeta() {
	const entry = await getEntry("site", "site");
	if (!entry) throw new Error("the site collection has no \"site\" entry: the content loader did not run");
	return entry.data;
}
// scripts/model/metric-catalogue.ts
var METRIC_IDS = [
	"first_response_time",
	"next_reply_time",
	"full_resolution_time",
	"requester_wait_time",
	"agent_work_time",
	"reopen_rate",
	"first_contact_resolution",
	"csat",
	"nps",
	"backlog_age",
	"qa_score"
];
var METRICS = {
	first_response_time: {
		id: "first_response_time",
		name: "First response time",
		kind: "duration",
		unit: "minutes",
		goodDirection: "lower",
		definition: "Time from the ticket’s creation to the first public reply by an agent, measured in the standard’s calendar (business hours) or in wall-clock time without one. Internal notes and automatic acknowledgements do not count. A ticket opened by an agent (a logged phone call, an outbound e-mail) is measured from its creation to the first public agent reply after the agent’s opening comment, as Zendesk measures it (creation to the second public agent comment); an agent reply at the creation instant of such a ticket is that opening comment, never a response. A ticket solved without any agent reply has no first response and is not measured.",
		countedAt: "the first agent reply; an open ticket with no reply counts as a miss at the instant it passed the threshold (an in-flight breach: in business time, a threshold reached as the desk closes is passed when it next opens), and one still inside the threshold or exactly on it is pending and not counted"
	},
	next_reply_time: {
		id: "next_reply_time",
		name: "Next reply time",
		kind: "duration",
		unit: "minutes",
		goodDirection: "lower",
		definition: "For every customer reply after the first agent reply, the time until the next public agent reply; each such exchange is one measurement. Consecutive customer replies are measured from the first of them. A customer reply followed by the ticket being solved without an agent reply is not measured (a customer reply after that solve starts a new exchange); an agent reply that solves the ticket in the same action (“submit as solved”, the solve at the reply’s own instant) answers the exchange and is measured. Customer replies before the first agent reply are covered by first response time and not measured here (on a ticket opened by an agent, the opening comment is not that first reply).",
		countedAt: "the agent reply that answers; an unanswered customer reply on an open ticket counts as a miss at the instant it passed the threshold, and is pending until then"
	},
	full_resolution_time: {
		id: "full_resolution_time",
		name: "Full resolution time",
		kind: "duration",
		unit: "minutes",
		goodDirection: "lower",
		definition: "Time from the ticket’s creation to the last time it was solved, including time spent pending or on hold. A reopened ticket is measured to its final solve: its last move from an unsolved status (new, open, pending or on-hold) into solved or closed; a solved ticket later closed is not solved again. A ticket that is not solved or closed now is unsolved.",
		countedAt: "the final solve; an unsolved ticket counts as a miss at the instant it passed the threshold, and is pending until then"
	},
	requester_wait_time: {
		id: "requester_wait_time",
		name: "Requester wait time",
		kind: "duration",
		unit: "minutes",
		goodDirection: "lower",
		definition: "Time from creation to the final solve during which the requester waited: time in new, open and on-hold counts, time in pending (waiting on the requester) is left out, and so is time spent solved or closed before a reopen. This is Zendesk’s requester wait time. A standard may name other pause statuses with `pauseStatuses` (for example [pending, on-hold]); agent work time is the built-in metric for new and open only.",
		countedAt: "the final solve; an unsolved ticket counts as a miss at the instant its wait passed the threshold, and is pending until then"
	},
	agent_work_time: {
		id: "agent_work_time",
		name: "Agent work time",
		kind: "duration",
		unit: "minutes",
		goodDirection: "lower",
		definition: "Time from creation to the final solve during which the ticket was new or open (waiting on an agent): time pending, on hold, and solved or closed before a reopen is left out. This is Zendesk’s agent work time.",
		countedAt: "the final solve; an unsolved ticket counts as a miss at the instant its work time passed the threshold, and is pending until then"
	},
	reopen_rate: {
		id: "reopen_rate",
		name: "Reopen rate",
		kind: "rate",
		unit: "fraction",
		goodDirection: "lower",
		definition: "Share of solved tickets that were reopened (moved from solved back to new, open, pending or on-hold) at least once. The denominator is tickets whose first solve falls in the window; a ticket reopened after the window still counts as reopened in the window of its first solve.",
		countedAt: "the first solve"
	},
	first_contact_resolution: {
		id: "first_contact_resolution",
		name: "First-contact resolution",
		kind: "rate",
		unit: "fraction",
		goodDirection: "higher",
		definition: "Share of solved tickets (solved or closed now) that got exactly one public agent reply up to their final solve and were never reopened.",
		countedAt: "the final solve"
	},
	csat: {
		id: "csat",
		name: "Customer satisfaction (CSAT)",
		kind: "rate",
		unit: "fraction",
		goodDirection: "higher",
		definition: "Share of satisfaction ratings that are good: a `good` rating, or 4 or 5 on a 1–5 scale. Tickets without a rating are not counted.",
		countedAt: "the rating"
	},
	nps: {
		id: "nps",
		name: "Net Promoter Score (NPS)",
		kind: "score",
		unit: "nps",
		goodDirection: "higher",
		definition: "Percentage of promoters (answers 9–10) minus percentage of detractors (0–6) among all NPS answers, from -100 to 100. Passives (7–8) count in the total only.",
		countedAt: "the answer"
	},
	backlog_age: {
		id: "backlog_age",
		name: "Backlog age",
		kind: "duration",
		unit: "minutes",
		goodDirection: "lower",
		definition: "Age of each unsolved ticket (not solved or closed) at the end of the window (now), measured from creation in the standard’s calendar. Attainment is the share of the backlog whose age is at most the threshold; the daily series is the backlog as it stood at the end of each day (in the calendar’s time zone, UTC without one).",
		countedAt: "the end of the window (a snapshot of the backlog)"
	},
	qa_score: {
		id: "qa_score",
		name: "QA score",
		kind: "score",
		unit: "fraction",
		goodDirection: "higher",
		definition: "Average over QA reviews with the standard’s scorecard of the weighted share of applicable behaviours passed (behaviours marked not applicable, or without a result, are left out of that review; a review with no applicable behaviour is not scored). A review failing a critical behaviour scores 0. The value is the average score; a review at or above the scorecard’s pass mark counts as passed.",
		countedAt: "the review"
	}
};
// scripts/model/values.ts
/** Format minutes back to the shortest duration text: 90 → `1h30m`. */
function formatDuration(minutes) {
	if (!Number.isFinite(minutes)) return String(minutes);
	const whole = Math.round(minutes);
	if (whole === 0) return "0m";
	const sign = whole < 0 ? "-" : "";
	let rest = Math.abs(whole);
	const d = Math.floor(rest / 1440);
	rest -= d * 1440;
	const h = Math.floor(rest / 60);
	rest -= h * 60;
	return sign + (d ? `${d}d` : "") + (h ? `${h}h` : "") + (rest ? `${rest}m` : "");
}
// site/src/lib/format.ts
var STATUS_ORDER = [
	"breached",
	"at-risk",
	"met",
	"no-data"
];
var STATUS_LABEL = {
	met: "Met",
	"at-risk": "At risk",
	breached: "Breached",
	"no-data": "No data"
};
var STATUS_HINT = {
	met: "The objective is met with error budget to spare.",
	"at-risk": "The objective is met, but little error budget is left.",
	breached: "The objective is not met over the window.",
	"no-data": "Too few tickets in the window to judge."
};
var DIMENSIONS = [
	"reliability",
	"responsiveness",
	"assurance",
	"empathy",
	"tangibles"
];
var DIMENSION_HINT = {
	reliability: "Doing what was promised",
	responsiveness: "Speed of response",
	assurance: "Competence and trust",
	empathy: "Care for the customer",
	tangibles: "Channels, tools and written material"
};
var ACRONYMS = {
	api: "API",
	nps: "NPS",
	csat: "CSAT",
	qa: "QA"
};
function capitalise(text) {
	return ACRONYMS[text] ?? text.charAt(0).toUpperCase() + text.slice(1);
}
function percent(fraction, digits = 1) {
	if (fraction === null || fraction === void 0 || !Number.isFinite(fraction)) return "—";
	const value = fraction * 100;
	return `${value.toFixed(Math.abs(value) >= 99.95 || Number.isInteger(value) ? 0 : digits)}%`;
}
/** The headline value of a standard: attainment or rate as a percentage, NPS as a score. */
function metricValue(metric, value) {
	if (value === null || value === void 0) return "—";
	if (metric === "nps") return `${value > 0 ? "+" : ""}${Math.round(value)}`;
	return percent(value);
}
/** The abbreviations support teams search for ("FCR"), shown beside the metric's name. */
var METRIC_ABBREVIATION = {
	first_response_time: "FRT",
	full_resolution_time: "TTR",
	first_contact_resolution: "FCR",
	csat: "CSAT",
	nps: "NPS",
	qa_score: "QA"
};
function metricName(metric) {
	return METRICS[metric]?.name ?? metric;
}
function duration(minutes) {
	return formatDuration(minutes);
}
function sortByStatus(items) {
	return [...items].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || a.title.localeCompare(b.title));
}
var DATE = new Intl.DateTimeFormat("en-IE", {
	day: "numeric",
	month: "short",
	year: "numeric",
	timeZone: "UTC"
});
var DATE_TIME = new Intl.DateTimeFormat("en-IE", {
	day: "numeric",
	month: "short",
	year: "numeric",
	hour: "2-digit",
	minute: "2-digit",
	timeZone: "UTC",
	timeZoneName: "short"
});
function date(iso) {
	return DATE.format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
}
function dateTime(iso) {
	return DATE_TIME.format(new Date(iso));
}
function ago(minutes) {
	if (minutes === null) return "never";
	if (minutes < 60) return `${minutes} minutes ago`;
	if (minutes < 2880) return `${Math.round(minutes / 60)} hours ago`;
	return `${Math.round(minutes / 1440)} days ago`;
}
/** "12 of 40 misses used (30%)". */
function budgetText(result) {
	const b = result.errorBudget;
	if (!b) return "No error budget for this standard (no data or a score target).";
	const used = Math.round(b.used * 10) / 10;
	const allowed = Math.round(b.allowed * 10) / 10;
	if (b.remaining < 0) return `Overspent: ${used} misses against ${allowed} allowed.`;
	return `${percent(b.remaining, 0)} left: ${used} of ${allowed} allowed misses used.`;
}
function daysBetween(from, to) {
	return Math.round((Date.parse(to) - Date.parse(from)) / 864e5);
}
// site/src/components/StaleBanner.astro
var $$StaleBanner = createComponent(async ($$result, $$props, $$slots) => {
	const meta = await siteMeta();
	const { stale, minutesSinceFetch, staleAfterMinutes } = meta.stale;
	const fetchedAt = meta.report.data.fetchedAt;
	return renderTemplate`${maybeRenderHead($$result)}<div class="banner banner-stale" role="status"${addAttribute(fetchedAt ? "" : void 0, "data-stale-banner")}${addAttribute(!stale, "hidden")}> <svg aria-hidden="true" viewBox="0 0 16 16" width="18" height="18"><path d="M8 1.2l7 13H1z" fill="currentColor"></path><path d="M8 5.6v4.2" stroke="var(--surface)" stroke-width="1.8" stroke-linecap="round"></path><circle cx="8" cy="12" r="1" fill="var(--surface)"></circle></svg> <p> <strong>The data is out of date.</strong> ${fetchedAt ? renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` Tickets were last fetched on <time${addAttribute(fetchedAt, "datetime")}>${dateTime(fetchedAt)}</time> (<span data-ago>${ago(minutesSinceFetch)} when this page was built</span>); the site expects a fetch at least every ${duration(staleAfterMinutes)}. The figures may not reflect the last days.` })}` : renderTemplate`${renderComponent($$result, "Fragment", Fragment, {}, { "default": ($$result) => renderTemplate` No successful fetch has been recorded yet. The figures are incomplete.` })}`} </p> </div> ${fetchedAt && renderTemplate`<script>${unescapeHTML(`(() => { const b = document.body, f = Date.parse(b.dataset.fetchedAt || ''), s = Number(b.dataset.staleAfterMinutes), e = document.currentScript.previousElementSibling; if (!e || !Number.isFinite(f) || !Number.isFinite(s)) return; const m = Math.max(0, Math.round((Date.now() - f) / 60000)); e.hidden = !(m > s); const a = e.querySelector('[data-ago]'); if (a) a.textContent = m < 90 ? m + ' minutes ago' : m < 2880 ? Math.round(m / 60) + ' hours ago' : Math.round(m / 1440) + ' days ago'; })();`)}<\/script>`}`;
}, "/work/wt/safety/site/src/components/StaleBanner.astro", void 0);
// scripts/publish/site-links.ts
/** Normalises a configured base to `/` or `/name` (no trailing slash). */
function normaliseBase(base) {
	const trimmed = base.trim().replace(/\/+$/, "");
	if (trimmed === "") return "/";
	return trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}
/**
* `sitePath('/service-standards', 'standards/csat/')` → `/service-standards/standards/csat/`.
* Page paths end with `/` (directories); file paths (`pagefind/pagefind.js`) are kept as given.
*/
function sitePath(base, page = "") {
	const root = normaliseBase(base);
	const rest = page.replace(/^\/+/, "");
	if (rest === "") return root === "/" ? "/" : `${root}/`;
	return `${root === "/" ? "" : root}/${rest}`;
}
// site/src/lib/links.ts
function href(page = "") {
	return sitePath("/service-standards", page);
}
var standardHref = (id) => href(`standards/${id}/`);
var sopHref = (id) => href(`sops/${id}/`);
var policyHref = (id) => href(`policies/${id}/`);
var scorecardHref = (id) => href(`qa/${id}/`);
var filterHref = (filter, value) => href(`standards/${filter}/${value}/`);
var $$Page = createComponent(async ($$result, $$props, $$slots) => {
	const Astro = $$result.createAstro($$props, $$slots);
	Astro.self = $$Page;
	const { title, description, section, wide = false, shareTitle, searchable = true } = Astro.props;
	const meta = await siteMeta();
	const siteTitle = meta.pipeline.site.title;
	const nav = [
		{
			id: "home",
			label: "Overview",
			href: href()
		},
		{
			id: "standards",
			label: "Standards",
			href: href("standards/")
		},
		{
			id: "sops",
			label: "SOPs",
			href: href("sops/")
		},
		{
			id: "policies",
			label: "Policies",
			href: href("policies/")
		},
		{
			id: "qa",
			label: "QA",
			href: href("qa/")
		},
		{
			id: "teams",
			label: "Teams",
			href: href("teams/")
		},
		{
			id: "changes",
			label: "What changed",
			href: href("changes/")
		},
		{
			id: "methodology",
			label: "Methodology",
			href: href("methodology/")
		}
	];
	const pageTitle = section === "home" ? siteTitle : `${title} · ${siteTitle}`;
	const origin = meta.pipeline.site.url;
	const canonical = origin ? new URL(Astro.url.pathname, origin).href : null;
	return renderTemplate`<html lang="en"> <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light dark"><title>${pageTitle}</title>${description && renderTemplate`<meta name="description"${addAttribute(description, "content")}>`}${canonical && renderTemplate`<link rel="canonical"${addAttribute(canonical, "href")}>`}<meta property="og:type" content="website"><meta property="og:site_name"${addAttribute(siteTitle, "content")}><meta property="og:title"${addAttribute(shareTitle ?? (section === "home" ? siteTitle : title), "content")}>${description && renderTemplate`<meta property="og:description"${addAttribute(description, "content")}>`}${canonical && renderTemplate`<meta property="og:url"${addAttribute(canonical, "content")}>`}<meta name="twitter:card" content="summary"><link rel="icon"${addAttribute(href("favicon.svg"), "href")} type="image/svg+xml">${renderHead($$result)}</head> <body${addAttribute(meta.report.data.fetchedAt ?? void 0, "data-fetched-at")}${addAttribute(meta.pipeline.site.staleAfterMinutes, "data-stale-after-minutes")}> <a class="skip" href="#main">Skip to content</a> <header class="masthead"> <div class="masthead-inner"> <a class="brand"${addAttribute(href(), "href")}> <svg aria-hidden="true" viewBox="0 0 24 24" width="26" height="26"><rect x="2" y="2" width="20" height="20" rx="6" fill="var(--accent)"></rect><path d="M7 12.5l3.2 3.2L17 8.8" fill="none" stroke="var(--on-accent)" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"></path></svg> <span>${siteTitle}</span> </a> <form class="search-form"${addAttribute(href("search/"), "action")} method="get" role="search" aria-label="Site search"> <label for="site-search" class="visually-hidden">Search standards, SOPs and policies</label> <input id="site-search" name="q" type="search" placeholder="Search standards, SOPs, policies" autocomplete="off"> <button type="submit">Search</button> </form> </div> <nav aria-label="Main" class="mainnav"> <ul> ${nav.map((item) => renderTemplate`<li><a${addAttribute(item.href, "href")}${addAttribute(section === item.id ? "page" : void 0, "aria-current")}>${item.label}</a></li>`)} </ul> </nav> </header> ${renderComponent($$result, "StaleBanner", $$StaleBanner, {})} <main id="main"${addAttribute(["content", wide && "content-wide"], "class:list")}${addAttribute(searchable ? "" : void 0, "data-pagefind-body")}> ${renderSlot($$result, $$slots["default"])} </main> <footer class="footer"> <p> ${meta.pipeline.organisation} · report generated ${dateTime(meta.report.generatedAt)} from the ${meta.report.data.source} source ·
        standards are kept as code and measured every night.
<a${addAttribute(href("methodology/"), "href")}>How we measure</a> </p> </footer>${renderScript($$result, "/work/wt/safety/site/src/layouts/Page.astro?astro&type=script&index=0&lang.ts")}</body> </html>`;
}, "/work/wt/safety/site/src/layouts/Page.astro", void 0);
export { DEFAULT_OUTPUT_FORMAT as A, sortByStatus as C, siteMeta as D, METRIC_IDS as E, createComponent as F, __exportAll as I, level as M, renderScript as N, getCollection as O, createAstro as P, percent as S, METRICS as T, dateTime as _, scorecardHref as a, metricName as b, DIMENSIONS as c, STATUS_HINT as d, STATUS_LABEL as f, date as g, capitalise as h, policyHref as i, VALID_SUPPORTED_FORMATS as j, DEFAULT_HASH_PROPS as k, DIMENSION_HINT as l, budgetText as m, filterHref as n, sopHref as o, STATUS_ORDER as p, href as r, standardHref as s, $$Page as t, METRIC_ABBREVIATION as u, daysBetween as v, formatDuration as w, metricValue as x, duration as y };
