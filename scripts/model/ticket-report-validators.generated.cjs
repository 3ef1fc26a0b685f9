// Generated from schemas/*.schema.json by `npm run generate:types` (ajv 8.20.0 standalone code). Do not edit by hand.
// Validators of report.schema.json, ticket.schema.json, by schema file name.
"use strict";
exports["report.schema.json"] = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"report.schema.json","title":"Compliance report","description":"What one evaluation produced: everything the site shows, and nothing it must recompute. Fractions are 0–1; durations are minutes.","type":"object","additionalProperties":false,"required":["schemaVersion","generatedAt","now","organisation","data","summary","standards"],"$defs":{"instant":{"type":"string","format":"date-time"},"tieOutReason":{"type":"string","enum":["reopened-open-now","helpdesk-has-none","we-have-none","different-times"],"description":"Why our figure and the helpdesk's differ: `reopened-open-now` (full resolution of a ticket reopened and unsolved now: the helpdesk keeps the time of its last solve, we count it as unsolved), `helpdesk-has-none` (we have a figure, the helpdesk none), `we-have-none` (the helpdesk has a figure, we none), `different-times` (both have one and they differ)."},"status":{"type":"string","enum":["met","at-risk","breached","no-data"],"description":"met, at-risk (met but little error budget left), breached, or no-data (fewer tickets than the minimum sample)."},"segment":{"type":"object","additionalProperties":false,"required":["key","count","met","value"],"properties":{"key":{"type":"string","description":"Segment value, e.g. `urgent`; `(none)` when the ticket has none."},"count":{"type":"integer","minimum":0,"description":"Tickets (or responses) counted."},"met":{"type":"integer","minimum":0,"description":"Of which met the threshold (duration metrics) or counted as a success (rate metrics)."},"value":{"type":["number","null"],"description":"Attainment (duration metrics) or metric value (rate and score metrics) in this segment; null without data."}}},"day":{"title":"SeriesDay","type":"object","additionalProperties":false,"required":["date","count","met","value","windowValue"],"properties":{"date":{"type":"string","format":"date","description":"Day (in the evaluation's time zone)."},"count":{"type":"integer","minimum":0,"description":"Measurements completed that day."},"met":{"type":"integer","minimum":0,"description":"Of which met / successes."},"value":{"type":["number","null"],"description":"That day's attainment or value; null without data."},"windowValue":{"type":["number","null"],"description":"Attainment or value over the standard's window ending that day; null without data."},"version":{"type":["string","null"],"description":"The version of the standard that judged this day's measurements (a day lies within one version; see `versions`); null before the standard took effect. Absent in reports written before history-aware evaluation."},"windowVersions":{"type":"array","items":{"type":"string"},"description":"When the window ending that day spans more than one version: their labels, oldest first (each measurement in `windowValue` was judged by its own). Absent otherwise."}}}},"properties":{"schemaVersion":{"const":1,"description":"Report format version."},"generatedAt":{"$ref":"#/$defs/instant","description":"When the report was written."},"now":{"$ref":"#/$defs/instant","description":"The evaluation instant: windows end here."},"organisation":{"type":"string"},"data":{"type":"object","additionalProperties":false,"required":["source","fetchedAt","tickets","from","to","rejected"],"description":"What data the evaluation saw.","properties":{"source":{"type":"string","description":"Source type, e.g. `sample`."},"fetchedAt":{"anyOf":[{"$ref":"#/$defs/instant"},{"type":"null"}],"description":"End of the last successful fetch."},"tickets":{"type":"integer","minimum":0,"description":"Tickets in the store."},"from":{"anyOf":[{"$ref":"#/$defs/instant"},{"type":"null"}],"description":"Creation time of the oldest ticket."},"to":{"anyOf":[{"$ref":"#/$defs/instant"},{"type":"null"}],"description":"Creation time of the newest ticket."},"rejected":{"type":"array","description":"Tickets left out because their data was unusable, by reason: the engine's own reasons, and the records the fetches could not store (skipped by the source as unreadable, dated in the future when fetched), counted on every run until they are fixed upstream.","items":{"type":"object","additionalProperties":false,"required":["reason","count","examples"],"properties":{"reason":{"type":"string"},"count":{"type":"integer","minimum":1},"examples":{"type":"array","items":{"type":"string"},"maxItems":5,"description":"A few ticket ids; for a record a source skipped without an id, where it was (e.g. `tickets.csv row 14, column \"Created at\"`)."}}}},"tieOut":{"type":"object","additionalProperties":false,"required":["against","tickets","toleranceMinutes","metrics","disagreements"],"description":"Present when the source carries the helpdesk's own figures (Zendesk with `tieOut: true`): our first reply and full resolution times, in calendar minutes, compared ticket by ticket with the helpdesk's.","properties":{"against":{"type":"string","description":"Whose figures, e.g. `Zendesk ticket metrics`."},"tickets":{"type":"integer","minimum":0,"description":"Tickets that carried the helpdesk's figures."},"toleranceMinutes":{"type":"number","minimum":0,"description":"Two figures this close agree (the helpdesk rounds to whole minutes)."},"metrics":{"type":"array","description":"Per metric: how many tickets agree and disagree. Both without a figure (not replied yet, not solved) counts as agreeing.","items":{"type":"object","additionalProperties":false,"required":["metric","agree","disagree"],"properties":{"metric":{"type":"string","enum":["first_response_time","full_resolution_time"],"description":"Metric id from the catalogue."},"agree":{"type":"integer","minimum":0,"description":"Tickets whose two figures agree."},"disagree":{"type":"integer","minimum":0,"description":"Tickets whose two figures differ by more than the tolerance."},"reasons":{"type":"array","description":"The disagreements by reason, each reason once, most tickets first: `definition` where the two sides define the figure differently (expected), `unexplained` where no known difference of definition explains it (a defect in the source, the mapping or our metric until shown otherwise). Absent in reports written before the tie-out classified its differences.","items":{"type":"object","additionalProperties":false,"required":["reason","kind","count"],"properties":{"reason":{"$ref":"#/$defs/tieOutReason"},"kind":{"type":"string","enum":["definition","unexplained"],"description":"A difference of definition, or one no definition explains."},"count":{"type":"integer","minimum":1,"description":"Tickets that differ for this reason."}}}}}}},"disagreements":{"type":"array","description":"At most 10 disagreements, the unexplained ones first, each group in store order: ticket, metric, our minutes and the helpdesk's (null: no figure), and why they differ.","items":{"type":"object","additionalProperties":false,"required":["ticket","metric","ours","theirs"],"properties":{"ticket":{"type":"string","description":"Ticket id."},"reason":{"$ref":"#/$defs/tieOutReason"},"metric":{"type":"string","enum":["first_response_time","full_resolution_time"],"description":"Metric id from the catalogue."},"ours":{"type":["number","null"],"description":"Our figure in calendar minutes."},"theirs":{"type":["number","null"],"description":"The helpdesk's figure in calendar minutes."}}}}}}}},"summary":{"type":"object","additionalProperties":false,"required":["met","at-risk","breached","no-data"],"properties":{"met":{"type":"integer","minimum":0},"at-risk":{"type":"integer","minimum":0},"breached":{"type":"integer","minimum":0},"no-data":{"type":"integer","minimum":0}}},"standards":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","title","metric","dimension","owner","status","window","count","met","value","goal","errorBudget","pending","excluded","series","breakdown","worst","statement"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"metric":{"type":"string"},"dimension":{"type":"string"},"owner":{"type":"string"},"calendar":{"type":["string","null"]},"status":{"$ref":"#/$defs/status"},"window":{"type":"object","additionalProperties":false,"required":["spec","from","to"],"properties":{"spec":{"type":"string","description":"As written, e.g. `30d` or `month`."},"from":{"$ref":"#/$defs/instant"},"to":{"$ref":"#/$defs/instant"},"versions":{"type":"array","items":{"type":"string"},"description":"Labels of the versions of the standard in force during the window, oldest first: each judged the measurements that completed while it was in force (see `versions`)."}}},"count":{"type":"integer","minimum":0,"description":"Measurements counted in the window (including in-flight breaches)."},"met":{"type":"integer","minimum":0,"description":"Of which met the threshold / were successes."},"inFlight":{"type":"integer","minimum":0,"description":"Open tickets already past the threshold, counted as misses."},"pending":{"type":"integer","minimum":0,"description":"Open tickets still inside their threshold, not counted yet."},"value":{"type":["number","null"],"description":"Attainment (share of tickets within threshold, duration metrics) or metric value (rate: 0–1; nps: -100–100; qa_score: 0–1); null without data."},"goal":{"type":"object","additionalProperties":false,"required":["direction","value","text"],"description":"What `value` is compared with.","properties":{"direction":{"type":"string","enum":["min","max"]},"value":{"type":"number","description":"Objective (duration metrics) or target."},"thresholdMinutes":{"type":"number","description":"Per-ticket threshold, duration metrics only."},"text":{"type":"string","description":"The goal in words, e.g. `95% within 1h (business hours)`."}}},"errorBudget":{"type":["object","null"],"additionalProperties":false,"required":["allowed","used","remaining"],"description":"How many misses the objective allows in the window, how many were used, and the share left (negative when overspent). Null without data.","properties":{"allowed":{"type":"number"},"used":{"type":"number"},"remaining":{"type":"number"}}},"excluded":{"type":"array","description":"Tickets left out by declared exclusion periods.","items":{"type":"object","additionalProperties":false,"required":["id","reason","count"],"properties":{"id":{"type":"string"},"reason":{"type":"string"},"count":{"type":"integer","minimum":0}}}},"series":{"type":"array","items":{"$ref":"#/$defs/day"},"description":"Daily series, oldest first."},"breakdown":{"type":"object","additionalProperties":false,"required":["priority","channel","team"],"properties":{"priority":{"type":"array","items":{"$ref":"#/$defs/segment"}},"channel":{"type":"array","items":{"$ref":"#/$defs/segment"}},"team":{"type":"array","items":{"$ref":"#/$defs/segment"}}}},"worst":{"type":"array","description":"Tickets furthest from the goal, worst first.","items":{"type":"object","additionalProperties":false,"required":["id","created","priority","channel","minutes","inFlight"],"properties":{"id":{"type":"string"},"created":{"$ref":"#/$defs/instant"},"priority":{"type":"string"},"channel":{"type":"string"},"team":{"type":["string","null"]},"minutes":{"type":"number","description":"The measured duration (business minutes when a calendar applies)."},"inFlight":{"type":"boolean","description":"Still open and already past the threshold."},"version":{"type":"string","description":"The version of the standard that judged this measurement (see `versions`)."}}}},"versions":{"type":"array","description":"The versions of the standard, oldest first, the last in force now: each judges the measurements that complete from its `from` date until the next version's. From the document's own `versions` list, else from the git history of its file.","items":{"type":"object","additionalProperties":false,"required":["version","from","goal"],"properties":{"version":{"type":"string","description":"Label: the date it took effect, and the commit it came from when known, e.g. `2026-10-01 (1a2b3c4)`."},"from":{"type":"string","format":"date","description":"First local day (in the standard's time zone) it judges."},"goal":{"type":"object","additionalProperties":false,"required":["direction","value","text"],"description":"This version's goal.","properties":{"direction":{"type":"string","enum":["min","max"],"description":"Whether the value must be at least (`min`) or at most (`max`) the goal."},"value":{"type":"number","description":"Objective (duration metrics) or target."},"thresholdMinutes":{"type":"number","description":"Per-ticket threshold, duration metrics only."},"text":{"type":"string","description":"The goal in words."}}}}}},"statement":{"type":"string","description":"The result in one sentence, e.g. `95.8% of 412 urgent tickets got a first reply within 1h (business hours) over the last 30 days; objective 95%; met; 16% of the error budget left.`"}}}}}};
const schema32 = {"type":"string","format":"date-time"};
const schema37 = {"type":"string","enum":["reopened-open-now","helpdesk-has-none","we-have-none","different-times"],"description":"Why our figure and the helpdesk's differ: `reopened-open-now` (full resolution of a ticket reopened and unsolved now: the helpdesk keeps the time of its last solve, we count it as unsolved), `helpdesk-has-none` (we have a figure, the helpdesk none), `we-have-none` (the helpdesk has a figure, we none), `different-times` (both have one and they differ)."};
const schema39 = {"type":"string","enum":["met","at-risk","breached","no-data"],"description":"met, at-risk (met but little error budget left), breached, or no-data (fewer tickets than the minimum sample)."};
const schema42 = {"title":"SeriesDay","type":"object","additionalProperties":false,"required":["date","count","met","value","windowValue"],"properties":{"date":{"type":"string","format":"date","description":"Day (in the evaluation's time zone)."},"count":{"type":"integer","minimum":0,"description":"Measurements completed that day."},"met":{"type":"integer","minimum":0,"description":"Of which met / successes."},"value":{"type":["number","null"],"description":"That day's attainment or value; null without data."},"windowValue":{"type":["number","null"],"description":"Attainment or value over the standard's window ending that day; null without data."},"version":{"type":["string","null"],"description":"The version of the standard that judged this day's measurements (a day lies within one version; see `versions`); null before the standard took effect. Absent in reports written before history-aware evaluation."},"windowVersions":{"type":"array","items":{"type":"string"},"description":"When the window ending that day spans more than one version: their labels, oldest first (each measurement in `windowValue` was judged by its own). Absent otherwise."}}};
const schema43 = {"type":"object","additionalProperties":false,"required":["key","count","met","value"],"properties":{"key":{"type":"string","description":"Segment value, e.g. `urgent`; `(none)` when the ticket has none."},"count":{"type":"integer","minimum":0,"description":"Tickets (or responses) counted."},"met":{"type":"integer","minimum":0,"description":"Of which met the threshold (duration metrics) or counted as a success (rate metrics)."},"value":{"type":["number","null"],"description":"Attainment (duration metrics) or metric value (rate and score metrics) in this segment; null without data."}}};
const formats0 = require("ajv-formats/dist/formats").fullFormats["date-time"];
const formats14 = require("ajv-formats/dist/formats").fullFormats.date;
const func1 = Object.prototype.hasOwnProperty;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="report.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.generatedAt === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generatedAt"},message:"must have required property '"+"generatedAt"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.now === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "now"},message:"must have required property '"+"now"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.organisation === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "organisation"},message:"must have required property '"+"organisation"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.data === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.summary === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.standards === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standards"},message:"must have required property '"+"standards"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "schemaVersion") || (key0 === "generatedAt")) || (key0 === "now")) || (key0 === "organisation")) || (key0 === "data")) || (key0 === "summary")) || (key0 === "standards"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
let data0 = data.schemaVersion;
if(1 !== data0){
const err8 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema31.properties.schemaVersion,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.generatedAt !== undefined){
let data1 = data.generatedAt;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err9 = {instancePath:instancePath+"/generatedAt",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/generatedAt",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.now !== undefined){
let data2 = data.now;
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err11 = {instancePath:instancePath+"/now",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/now",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.organisation !== undefined){
let data3 = data.organisation;
if(typeof data3 !== "string"){
const err13 = {instancePath:instancePath+"/organisation",schemaPath:"#/properties/organisation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.organisation.type,parentSchema:schema31.properties.organisation,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.data !== undefined){
let data4 = data.data;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.source === undefined){
const err14 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema31.properties.data.required,parentSchema:schema31.properties.data,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4.fetchedAt === undefined){
const err15 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: "fetchedAt"},message:"must have required property '"+"fetchedAt"+"'",schema:schema31.properties.data.required,parentSchema:schema31.properties.data,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data4.tickets === undefined){
const err16 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: "tickets"},message:"must have required property '"+"tickets"+"'",schema:schema31.properties.data.required,parentSchema:schema31.properties.data,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4.from === undefined){
const err17 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema31.properties.data.required,parentSchema:schema31.properties.data,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4.to === undefined){
const err18 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema31.properties.data.required,parentSchema:schema31.properties.data,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data4.rejected === undefined){
const err19 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: "rejected"},message:"must have required property '"+"rejected"+"'",schema:schema31.properties.data.required,parentSchema:schema31.properties.data,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data4){
if(!(((((((key1 === "source") || (key1 === "fetchedAt")) || (key1 === "tickets")) || (key1 === "from")) || (key1 === "to")) || (key1 === "rejected")) || (key1 === "tieOut"))){
const err20 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.data,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.source !== undefined){
let data5 = data4.source;
if(typeof data5 !== "string"){
const err21 = {instancePath:instancePath+"/data/source",schemaPath:"#/properties/data/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.data.properties.source.type,parentSchema:schema31.properties.data.properties.source,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data4.fetchedAt !== undefined){
let data6 = data4.fetchedAt;
const _errs17 = errors;
let valid4 = false;
const _errs18 = errors;
if(typeof data6 === "string"){
if(!(formats0.validate(data6))){
const err22 = {instancePath:instancePath+"/data/fetchedAt",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/data/fetchedAt",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid4 = valid4 || _valid0;
const _errs21 = errors;
if(data6 !== null){
const err24 = {instancePath:instancePath+"/data/fetchedAt",schemaPath:"#/properties/data/properties/fetchedAt/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.data.properties.fetchedAt.anyOf[1].type,parentSchema:schema31.properties.data.properties.fetchedAt.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid0 = _errs21 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const err25 = {instancePath:instancePath+"/data/fetchedAt",schemaPath:"#/properties/data/properties/fetchedAt/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.data.properties.fetchedAt.anyOf,parentSchema:schema31.properties.data.properties.fetchedAt,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs17;
if(vErrors !== null){
if(_errs17){
vErrors.length = _errs17;
}
else {
vErrors = null;
}
}
}
}
if(data4.tickets !== undefined){
let data7 = data4.tickets;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err26 = {instancePath:instancePath+"/data/tickets",schemaPath:"#/properties/data/properties/tickets/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.data.properties.tickets.type,parentSchema:schema31.properties.data.properties.tickets,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err27 = {instancePath:instancePath+"/data/tickets",schemaPath:"#/properties/data/properties/tickets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.data.properties.tickets,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data4.from !== undefined){
let data8 = data4.from;
const _errs26 = errors;
let valid6 = false;
const _errs27 = errors;
if(typeof data8 === "string"){
if(!(formats0.validate(data8))){
const err28 = {instancePath:instancePath+"/data/from",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema32,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/data/from",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid1 = _errs27 === errors;
valid6 = valid6 || _valid1;
const _errs30 = errors;
if(data8 !== null){
const err30 = {instancePath:instancePath+"/data/from",schemaPath:"#/properties/data/properties/from/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.data.properties.from.anyOf[1].type,parentSchema:schema31.properties.data.properties.from.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid1 = _errs30 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err31 = {instancePath:instancePath+"/data/from",schemaPath:"#/properties/data/properties/from/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.data.properties.from.anyOf,parentSchema:schema31.properties.data.properties.from,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
if(data4.to !== undefined){
let data9 = data4.to;
const _errs33 = errors;
let valid8 = false;
const _errs34 = errors;
if(typeof data9 === "string"){
if(!(formats0.validate(data9))){
const err32 = {instancePath:instancePath+"/data/to",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema32,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/data/to",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid2 = _errs34 === errors;
valid8 = valid8 || _valid2;
const _errs37 = errors;
if(data9 !== null){
const err34 = {instancePath:instancePath+"/data/to",schemaPath:"#/properties/data/properties/to/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema31.properties.data.properties.to.anyOf[1].type,parentSchema:schema31.properties.data.properties.to.anyOf[1],data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid2 = _errs37 === errors;
valid8 = valid8 || _valid2;
if(!valid8){
const err35 = {instancePath:instancePath+"/data/to",schemaPath:"#/properties/data/properties/to/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema31.properties.data.properties.to.anyOf,parentSchema:schema31.properties.data.properties.to,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
}
if(data4.rejected !== undefined){
let data10 = data4.rejected;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.reason === undefined){
const err36 = {instancePath:instancePath+"/data/rejected/" + i0,schemaPath:"#/properties/data/properties/rejected/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema31.properties.data.properties.rejected.items.required,parentSchema:schema31.properties.data.properties.rejected.items,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data11.count === undefined){
const err37 = {instancePath:instancePath+"/data/rejected/" + i0,schemaPath:"#/properties/data/properties/rejected/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'",schema:schema31.properties.data.properties.rejected.items.required,parentSchema:schema31.properties.data.properties.rejected.items,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data11.examples === undefined){
const err38 = {instancePath:instancePath+"/data/rejected/" + i0,schemaPath:"#/properties/data/properties/rejected/items/required",keyword:"required",params:{missingProperty: "examples"},message:"must have required property '"+"examples"+"'",schema:schema31.properties.data.properties.rejected.items.required,parentSchema:schema31.properties.data.properties.rejected.items,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key2 in data11){
if(!(((key2 === "reason") || (key2 === "count")) || (key2 === "examples"))){
const err39 = {instancePath:instancePath+"/data/rejected/" + i0,schemaPath:"#/properties/data/properties/rejected/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.data.properties.rejected.items,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.reason !== undefined){
let data12 = data11.reason;
if(typeof data12 !== "string"){
const err40 = {instancePath:instancePath+"/data/rejected/" + i0+"/reason",schemaPath:"#/properties/data/properties/rejected/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.data.properties.rejected.items.properties.reason.type,parentSchema:schema31.properties.data.properties.rejected.items.properties.reason,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data11.count !== undefined){
let data13 = data11.count;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err41 = {instancePath:instancePath+"/data/rejected/" + i0+"/count",schemaPath:"#/properties/data/properties/rejected/items/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.data.properties.rejected.items.properties.count.type,parentSchema:schema31.properties.data.properties.rejected.items.properties.count,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
const err42 = {instancePath:instancePath+"/data/rejected/" + i0+"/count",schemaPath:"#/properties/data/properties/rejected/items/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.data.properties.rejected.items.properties.count,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data11.examples !== undefined){
let data14 = data11.examples;
if(Array.isArray(data14)){
if(data14.length > 5){
const err43 = {instancePath:instancePath+"/data/rejected/" + i0+"/examples",schemaPath:"#/properties/data/properties/rejected/items/properties/examples/maxItems",keyword:"maxItems",params:{limit: 5},message:"must NOT have more than 5 items",schema:5,parentSchema:schema31.properties.data.properties.rejected.items.properties.examples,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
if(typeof data15 !== "string"){
const err44 = {instancePath:instancePath+"/data/rejected/" + i0+"/examples/" + i1,schemaPath:"#/properties/data/properties/rejected/items/properties/examples/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.data.properties.rejected.items.properties.examples.items.type,parentSchema:schema31.properties.data.properties.rejected.items.properties.examples.items,data:data15};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/data/rejected/" + i0+"/examples",schemaPath:"#/properties/data/properties/rejected/items/properties/examples/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.data.properties.rejected.items.properties.examples.type,parentSchema:schema31.properties.data.properties.rejected.items.properties.examples,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
}
else {
const err46 = {instancePath:instancePath+"/data/rejected/" + i0,schemaPath:"#/properties/data/properties/rejected/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.data.properties.rejected.items.type,parentSchema:schema31.properties.data.properties.rejected.items,data:data11};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
else {
const err47 = {instancePath:instancePath+"/data/rejected",schemaPath:"#/properties/data/properties/rejected/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.data.properties.rejected.type,parentSchema:schema31.properties.data.properties.rejected,data:data10};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data4.tieOut !== undefined){
let data16 = data4.tieOut;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.against === undefined){
const err48 = {instancePath:instancePath+"/data/tieOut",schemaPath:"#/properties/data/properties/tieOut/required",keyword:"required",params:{missingProperty: "against"},message:"must have required property '"+"against"+"'",schema:schema31.properties.data.properties.tieOut.required,parentSchema:schema31.properties.data.properties.tieOut,data:data16};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data16.tickets === undefined){
const err49 = {instancePath:instancePath+"/data/tieOut",schemaPath:"#/properties/data/properties/tieOut/required",keyword:"required",params:{missingProperty: "tickets"},message:"must have required property '"+"tickets"+"'",schema:schema31.properties.data.properties.tieOut.required,parentSchema:schema31.properties.data.properties.tieOut,data:data16};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data16.toleranceMinutes === undefined){
const err50 = {instancePath:instancePath+"/data/tieOut",schemaPath:"#/properties/data/properties/tieOut/required",keyword:"required",params:{missingProperty: "toleranceMinutes"},message:"must have required property '"+"toleranceMinutes"+"'",schema:schema31.properties.data.properties.tieOut.required,parentSchema:schema31.properties.data.properties.tieOut,data:data16};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data16.metrics === undefined){
const err51 = {instancePath:instancePath+"/data/tieOut",schemaPath:"#/properties/data/properties/tieOut/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'",schema:schema31.properties.data.properties.tieOut.required,parentSchema:schema31.properties.data.properties.tieOut,data:data16};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(data16.disagreements === undefined){
const err52 = {instancePath:instancePath+"/data/tieOut",schemaPath:"#/properties/data/properties/tieOut/required",keyword:"required",params:{missingProperty: "disagreements"},message:"must have required property '"+"disagreements"+"'",schema:schema31.properties.data.properties.tieOut.required,parentSchema:schema31.properties.data.properties.tieOut,data:data16};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
for(const key3 in data16){
if(!(((((key3 === "against") || (key3 === "tickets")) || (key3 === "toleranceMinutes")) || (key3 === "metrics")) || (key3 === "disagreements"))){
const err53 = {instancePath:instancePath+"/data/tieOut",schemaPath:"#/properties/data/properties/tieOut/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.data.properties.tieOut,data:data16};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data16.against !== undefined){
let data17 = data16.against;
if(typeof data17 !== "string"){
const err54 = {instancePath:instancePath+"/data/tieOut/against",schemaPath:"#/properties/data/properties/tieOut/properties/against/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.data.properties.tieOut.properties.against.type,parentSchema:schema31.properties.data.properties.tieOut.properties.against,data:data17};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data16.tickets !== undefined){
let data18 = data16.tickets;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err55 = {instancePath:instancePath+"/data/tieOut/tickets",schemaPath:"#/properties/data/properties/tieOut/properties/tickets/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.data.properties.tieOut.properties.tickets.type,parentSchema:schema31.properties.data.properties.tieOut.properties.tickets,data:data18};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
const err56 = {instancePath:instancePath+"/data/tieOut/tickets",schemaPath:"#/properties/data/properties/tieOut/properties/tickets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.data.properties.tieOut.properties.tickets,data:data18};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
if(data16.toleranceMinutes !== undefined){
let data19 = data16.toleranceMinutes;
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
const err57 = {instancePath:instancePath+"/data/tieOut/toleranceMinutes",schemaPath:"#/properties/data/properties/tieOut/properties/toleranceMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.data.properties.tieOut.properties.toleranceMinutes,data:data19};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
else {
const err58 = {instancePath:instancePath+"/data/tieOut/toleranceMinutes",schemaPath:"#/properties/data/properties/tieOut/properties/toleranceMinutes/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.data.properties.tieOut.properties.toleranceMinutes.type,parentSchema:schema31.properties.data.properties.tieOut.properties.toleranceMinutes,data:data19};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data16.metrics !== undefined){
let data20 = data16.metrics;
if(Array.isArray(data20)){
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
let data21 = data20[i2];
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.metric === undefined){
const err59 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2,schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema31.properties.data.properties.tieOut.properties.metrics.items.required,parentSchema:schema31.properties.data.properties.tieOut.properties.metrics.items,data:data21};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data21.agree === undefined){
const err60 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2,schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/required",keyword:"required",params:{missingProperty: "agree"},message:"must have required property '"+"agree"+"'",schema:schema31.properties.data.properties.tieOut.properties.metrics.items.required,parentSchema:schema31.properties.data.properties.tieOut.properties.metrics.items,data:data21};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data21.disagree === undefined){
const err61 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2,schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/required",keyword:"required",params:{missingProperty: "disagree"},message:"must have required property '"+"disagree"+"'",schema:schema31.properties.data.properties.tieOut.properties.metrics.items.required,parentSchema:schema31.properties.data.properties.tieOut.properties.metrics.items,data:data21};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
for(const key4 in data21){
if(!((((key4 === "metric") || (key4 === "agree")) || (key4 === "disagree")) || (key4 === "reasons"))){
const err62 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2,schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.data.properties.tieOut.properties.metrics.items,data:data21};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data21.metric !== undefined){
let data22 = data21.metric;
if(typeof data22 !== "string"){
const err63 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2+"/metric",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.metric.type,parentSchema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.metric,data:data22};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(!((data22 === "first_response_time") || (data22 === "full_resolution_time"))){
const err64 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2+"/metric",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/metric/enum",keyword:"enum",params:{allowedValues: schema31.properties.data.properties.tieOut.properties.metrics.items.properties.metric.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.metric.enum,parentSchema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.metric,data:data22};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data21.agree !== undefined){
let data23 = data21.agree;
if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){
const err65 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2+"/agree",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/agree/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.agree.type,parentSchema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.agree,data:data23};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 < 0 || isNaN(data23)){
const err66 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2+"/agree",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/agree/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.agree,data:data23};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
if(data21.disagree !== undefined){
let data24 = data21.disagree;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err67 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2+"/disagree",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/disagree/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.disagree.type,parentSchema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.disagree,data:data24};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 0 || isNaN(data24)){
const err68 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2+"/disagree",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/disagree/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.disagree,data:data24};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
if(data21.reasons !== undefined){
let data25 = data21.reasons;
if(Array.isArray(data25)){
const len3 = data25.length;
for(let i3=0; i3<len3; i3++){
let data26 = data25[i3];
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
if(data26.reason === undefined){
const err69 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2+"/reasons/" + i3,schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/reasons/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.reasons.items.required,parentSchema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.reasons.items,data:data26};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data26.kind === undefined){
const err70 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2+"/reasons/" + i3,schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/reasons/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.reasons.items.required,parentSchema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.reasons.items,data:data26};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(data26.count === undefined){
const err71 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2+"/reasons/" + i3,schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/reasons/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'",schema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.reasons.items.required,parentSchema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.reasons.items,data:data26};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
for(const key5 in data26){
if(!(((key5 === "reason") || (key5 === "kind")) || (key5 === "count"))){
const err72 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2+"/reasons/" + i3,schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/reasons/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.reasons.items,data:data26};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data26.reason !== undefined){
let data27 = data26.reason;
if(typeof data27 !== "string"){
const err73 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2+"/reasons/" + i3+"/reason",schemaPath:"#/$defs/tieOutReason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data27};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(!((((data27 === "reopened-open-now") || (data27 === "helpdesk-has-none")) || (data27 === "we-have-none")) || (data27 === "different-times"))){
const err74 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2+"/reasons/" + i3+"/reason",schemaPath:"#/$defs/tieOutReason/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",schema:schema37.enum,parentSchema:schema37,data:data27};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data26.kind !== undefined){
let data28 = data26.kind;
if(typeof data28 !== "string"){
const err75 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2+"/reasons/" + i3+"/kind",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/reasons/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.reasons.items.properties.kind.type,parentSchema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.reasons.items.properties.kind,data:data28};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(!((data28 === "definition") || (data28 === "unexplained"))){
const err76 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2+"/reasons/" + i3+"/kind",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/reasons/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.data.properties.tieOut.properties.metrics.items.properties.reasons.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.reasons.items.properties.kind.enum,parentSchema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.reasons.items.properties.kind,data:data28};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data26.count !== undefined){
let data29 = data26.count;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err77 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2+"/reasons/" + i3+"/count",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/reasons/items/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.reasons.items.properties.count.type,parentSchema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.reasons.items.properties.count,data:data29};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 1 || isNaN(data29)){
const err78 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2+"/reasons/" + i3+"/count",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/reasons/items/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.reasons.items.properties.count,data:data29};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
}
}
else {
const err79 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2+"/reasons/" + i3,schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/reasons/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.reasons.items.type,parentSchema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.reasons.items,data:data26};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2+"/reasons",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/reasons/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.reasons.type,parentSchema:schema31.properties.data.properties.tieOut.properties.metrics.items.properties.reasons,data:data25};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
else {
const err81 = {instancePath:instancePath+"/data/tieOut/metrics/" + i2,schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.data.properties.tieOut.properties.metrics.items.type,parentSchema:schema31.properties.data.properties.tieOut.properties.metrics.items,data:data21};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
}
else {
const err82 = {instancePath:instancePath+"/data/tieOut/metrics",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.data.properties.tieOut.properties.metrics.type,parentSchema:schema31.properties.data.properties.tieOut.properties.metrics,data:data20};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data16.disagreements !== undefined){
let data30 = data16.disagreements;
if(Array.isArray(data30)){
const len4 = data30.length;
for(let i4=0; i4<len4; i4++){
let data31 = data30[i4];
if(data31 && typeof data31 == "object" && !Array.isArray(data31)){
if(data31.ticket === undefined){
const err83 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i4,schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/items/required",keyword:"required",params:{missingProperty: "ticket"},message:"must have required property '"+"ticket"+"'",schema:schema31.properties.data.properties.tieOut.properties.disagreements.items.required,parentSchema:schema31.properties.data.properties.tieOut.properties.disagreements.items,data:data31};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data31.metric === undefined){
const err84 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i4,schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema31.properties.data.properties.tieOut.properties.disagreements.items.required,parentSchema:schema31.properties.data.properties.tieOut.properties.disagreements.items,data:data31};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data31.ours === undefined){
const err85 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i4,schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/items/required",keyword:"required",params:{missingProperty: "ours"},message:"must have required property '"+"ours"+"'",schema:schema31.properties.data.properties.tieOut.properties.disagreements.items.required,parentSchema:schema31.properties.data.properties.tieOut.properties.disagreements.items,data:data31};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data31.theirs === undefined){
const err86 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i4,schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/items/required",keyword:"required",params:{missingProperty: "theirs"},message:"must have required property '"+"theirs"+"'",schema:schema31.properties.data.properties.tieOut.properties.disagreements.items.required,parentSchema:schema31.properties.data.properties.tieOut.properties.disagreements.items,data:data31};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
for(const key6 in data31){
if(!(((((key6 === "ticket") || (key6 === "reason")) || (key6 === "metric")) || (key6 === "ours")) || (key6 === "theirs"))){
const err87 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i4,schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.data.properties.tieOut.properties.disagreements.items,data:data31};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data31.ticket !== undefined){
let data32 = data31.ticket;
if(typeof data32 !== "string"){
const err88 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i4+"/ticket",schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/items/properties/ticket/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.data.properties.tieOut.properties.disagreements.items.properties.ticket.type,parentSchema:schema31.properties.data.properties.tieOut.properties.disagreements.items.properties.ticket,data:data32};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data31.reason !== undefined){
let data33 = data31.reason;
if(typeof data33 !== "string"){
const err89 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i4+"/reason",schemaPath:"#/$defs/tieOutReason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data33};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(!((((data33 === "reopened-open-now") || (data33 === "helpdesk-has-none")) || (data33 === "we-have-none")) || (data33 === "different-times"))){
const err90 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i4+"/reason",schemaPath:"#/$defs/tieOutReason/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values",schema:schema37.enum,parentSchema:schema37,data:data33};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data31.metric !== undefined){
let data34 = data31.metric;
if(typeof data34 !== "string"){
const err91 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i4+"/metric",schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.data.properties.tieOut.properties.disagreements.items.properties.metric.type,parentSchema:schema31.properties.data.properties.tieOut.properties.disagreements.items.properties.metric,data:data34};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
if(!((data34 === "first_response_time") || (data34 === "full_resolution_time"))){
const err92 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i4+"/metric",schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/items/properties/metric/enum",keyword:"enum",params:{allowedValues: schema31.properties.data.properties.tieOut.properties.disagreements.items.properties.metric.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.data.properties.tieOut.properties.disagreements.items.properties.metric.enum,parentSchema:schema31.properties.data.properties.tieOut.properties.disagreements.items.properties.metric,data:data34};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data31.ours !== undefined){
let data35 = data31.ours;
if((!((typeof data35 == "number") && (isFinite(data35)))) && (data35 !== null)){
const err93 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i4+"/ours",schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/items/properties/ours/type",keyword:"type",params:{type: schema31.properties.data.properties.tieOut.properties.disagreements.items.properties.ours.type},message:"must be number,null",schema:schema31.properties.data.properties.tieOut.properties.disagreements.items.properties.ours.type,parentSchema:schema31.properties.data.properties.tieOut.properties.disagreements.items.properties.ours,data:data35};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data31.theirs !== undefined){
let data36 = data31.theirs;
if((!((typeof data36 == "number") && (isFinite(data36)))) && (data36 !== null)){
const err94 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i4+"/theirs",schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/items/properties/theirs/type",keyword:"type",params:{type: schema31.properties.data.properties.tieOut.properties.disagreements.items.properties.theirs.type},message:"must be number,null",schema:schema31.properties.data.properties.tieOut.properties.disagreements.items.properties.theirs.type,parentSchema:schema31.properties.data.properties.tieOut.properties.disagreements.items.properties.theirs,data:data36};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i4,schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.data.properties.tieOut.properties.disagreements.items.type,parentSchema:schema31.properties.data.properties.tieOut.properties.disagreements.items,data:data31};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/data/tieOut/disagreements",schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.data.properties.tieOut.properties.disagreements.type,parentSchema:schema31.properties.data.properties.tieOut.properties.disagreements,data:data30};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath:instancePath+"/data/tieOut",schemaPath:"#/properties/data/properties/tieOut/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.data.properties.tieOut.type,parentSchema:schema31.properties.data.properties.tieOut,data:data16};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
}
else {
const err98 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.data.type,parentSchema:schema31.properties.data,data:data4};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data.summary !== undefined){
let data37 = data.summary;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.met === undefined){
const err99 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "met"},message:"must have required property '"+"met"+"'",schema:schema31.properties.summary.required,parentSchema:schema31.properties.summary,data:data37};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(data37["at-risk"] === undefined){
const err100 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "at-risk"},message:"must have required property '"+"at-risk"+"'",schema:schema31.properties.summary.required,parentSchema:schema31.properties.summary,data:data37};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
if(data37.breached === undefined){
const err101 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "breached"},message:"must have required property '"+"breached"+"'",schema:schema31.properties.summary.required,parentSchema:schema31.properties.summary,data:data37};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data37["no-data"] === undefined){
const err102 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "no-data"},message:"must have required property '"+"no-data"+"'",schema:schema31.properties.summary.required,parentSchema:schema31.properties.summary,data:data37};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
for(const key7 in data37){
if(!((((key7 === "met") || (key7 === "at-risk")) || (key7 === "breached")) || (key7 === "no-data"))){
const err103 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.summary,data:data37};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data37.met !== undefined){
let data38 = data37.met;
if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){
const err104 = {instancePath:instancePath+"/summary/met",schemaPath:"#/properties/summary/properties/met/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.summary.properties.met.type,parentSchema:schema31.properties.summary.properties.met,data:data38};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 < 0 || isNaN(data38)){
const err105 = {instancePath:instancePath+"/summary/met",schemaPath:"#/properties/summary/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.summary.properties.met,data:data38};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
}
if(data37["at-risk"] !== undefined){
let data39 = data37["at-risk"];
if(!(((typeof data39 == "number") && (!(data39 % 1) && !isNaN(data39))) && (isFinite(data39)))){
const err106 = {instancePath:instancePath+"/summary/at-risk",schemaPath:"#/properties/summary/properties/at-risk/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.summary.properties["at-risk"].type,parentSchema:schema31.properties.summary.properties["at-risk"],data:data39};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 < 0 || isNaN(data39)){
const err107 = {instancePath:instancePath+"/summary/at-risk",schemaPath:"#/properties/summary/properties/at-risk/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.summary.properties["at-risk"],data:data39};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
if(data37.breached !== undefined){
let data40 = data37.breached;
if(!(((typeof data40 == "number") && (!(data40 % 1) && !isNaN(data40))) && (isFinite(data40)))){
const err108 = {instancePath:instancePath+"/summary/breached",schemaPath:"#/properties/summary/properties/breached/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.summary.properties.breached.type,parentSchema:schema31.properties.summary.properties.breached,data:data40};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if((typeof data40 == "number") && (isFinite(data40))){
if(data40 < 0 || isNaN(data40)){
const err109 = {instancePath:instancePath+"/summary/breached",schemaPath:"#/properties/summary/properties/breached/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.summary.properties.breached,data:data40};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
if(data37["no-data"] !== undefined){
let data41 = data37["no-data"];
if(!(((typeof data41 == "number") && (!(data41 % 1) && !isNaN(data41))) && (isFinite(data41)))){
const err110 = {instancePath:instancePath+"/summary/no-data",schemaPath:"#/properties/summary/properties/no-data/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.summary.properties["no-data"].type,parentSchema:schema31.properties.summary.properties["no-data"],data:data41};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
if((typeof data41 == "number") && (isFinite(data41))){
if(data41 < 0 || isNaN(data41)){
const err111 = {instancePath:instancePath+"/summary/no-data",schemaPath:"#/properties/summary/properties/no-data/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.summary.properties["no-data"],data:data41};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
}
}
else {
const err112 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.summary.type,parentSchema:schema31.properties.summary,data:data37};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data.standards !== undefined){
let data42 = data.standards;
if(Array.isArray(data42)){
const len5 = data42.length;
for(let i5=0; i5<len5; i5++){
let data43 = data42[i5];
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.id === undefined){
const err113 = {instancePath:instancePath+"/standards/" + i5,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.standards.items.required,parentSchema:schema31.properties.standards.items,data:data43};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(data43.title === undefined){
const err114 = {instancePath:instancePath+"/standards/" + i5,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema31.properties.standards.items.required,parentSchema:schema31.properties.standards.items,data:data43};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(data43.metric === undefined){
const err115 = {instancePath:instancePath+"/standards/" + i5,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema31.properties.standards.items.required,parentSchema:schema31.properties.standards.items,data:data43};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(data43.dimension === undefined){
const err116 = {instancePath:instancePath+"/standards/" + i5,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "dimension"},message:"must have required property '"+"dimension"+"'",schema:schema31.properties.standards.items.required,parentSchema:schema31.properties.standards.items,data:data43};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(data43.owner === undefined){
const err117 = {instancePath:instancePath+"/standards/" + i5,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema31.properties.standards.items.required,parentSchema:schema31.properties.standards.items,data:data43};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
if(data43.status === undefined){
const err118 = {instancePath:instancePath+"/standards/" + i5,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema31.properties.standards.items.required,parentSchema:schema31.properties.standards.items,data:data43};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
if(data43.window === undefined){
const err119 = {instancePath:instancePath+"/standards/" + i5,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "window"},message:"must have required property '"+"window"+"'",schema:schema31.properties.standards.items.required,parentSchema:schema31.properties.standards.items,data:data43};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
if(data43.count === undefined){
const err120 = {instancePath:instancePath+"/standards/" + i5,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'",schema:schema31.properties.standards.items.required,parentSchema:schema31.properties.standards.items,data:data43};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(data43.met === undefined){
const err121 = {instancePath:instancePath+"/standards/" + i5,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "met"},message:"must have required property '"+"met"+"'",schema:schema31.properties.standards.items.required,parentSchema:schema31.properties.standards.items,data:data43};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
if(data43.value === undefined){
const err122 = {instancePath:instancePath+"/standards/" + i5,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema31.properties.standards.items.required,parentSchema:schema31.properties.standards.items,data:data43};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if(data43.goal === undefined){
const err123 = {instancePath:instancePath+"/standards/" + i5,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "goal"},message:"must have required property '"+"goal"+"'",schema:schema31.properties.standards.items.required,parentSchema:schema31.properties.standards.items,data:data43};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
if(data43.errorBudget === undefined){
const err124 = {instancePath:instancePath+"/standards/" + i5,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "errorBudget"},message:"must have required property '"+"errorBudget"+"'",schema:schema31.properties.standards.items.required,parentSchema:schema31.properties.standards.items,data:data43};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(data43.pending === undefined){
const err125 = {instancePath:instancePath+"/standards/" + i5,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "pending"},message:"must have required property '"+"pending"+"'",schema:schema31.properties.standards.items.required,parentSchema:schema31.properties.standards.items,data:data43};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
if(data43.excluded === undefined){
const err126 = {instancePath:instancePath+"/standards/" + i5,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "excluded"},message:"must have required property '"+"excluded"+"'",schema:schema31.properties.standards.items.required,parentSchema:schema31.properties.standards.items,data:data43};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(data43.series === undefined){
const err127 = {instancePath:instancePath+"/standards/" + i5,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "series"},message:"must have required property '"+"series"+"'",schema:schema31.properties.standards.items.required,parentSchema:schema31.properties.standards.items,data:data43};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if(data43.breakdown === undefined){
const err128 = {instancePath:instancePath+"/standards/" + i5,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "breakdown"},message:"must have required property '"+"breakdown"+"'",schema:schema31.properties.standards.items.required,parentSchema:schema31.properties.standards.items,data:data43};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
if(data43.worst === undefined){
const err129 = {instancePath:instancePath+"/standards/" + i5,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "worst"},message:"must have required property '"+"worst"+"'",schema:schema31.properties.standards.items.required,parentSchema:schema31.properties.standards.items,data:data43};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
if(data43.statement === undefined){
const err130 = {instancePath:instancePath+"/standards/" + i5,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "statement"},message:"must have required property '"+"statement"+"'",schema:schema31.properties.standards.items.required,parentSchema:schema31.properties.standards.items,data:data43};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
for(const key8 in data43){
if(!(func1.call(schema31.properties.standards.items.properties, key8))){
const err131 = {instancePath:instancePath+"/standards/" + i5,schemaPath:"#/properties/standards/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.standards.items,data:data43};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data43.id !== undefined){
let data44 = data43.id;
if(typeof data44 !== "string"){
const err132 = {instancePath:instancePath+"/standards/" + i5+"/id",schemaPath:"#/properties/standards/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.standards.items.properties.id.type,parentSchema:schema31.properties.standards.items.properties.id,data:data44};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data43.title !== undefined){
let data45 = data43.title;
if(typeof data45 !== "string"){
const err133 = {instancePath:instancePath+"/standards/" + i5+"/title",schemaPath:"#/properties/standards/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.standards.items.properties.title.type,parentSchema:schema31.properties.standards.items.properties.title,data:data45};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
if(data43.metric !== undefined){
let data46 = data43.metric;
if(typeof data46 !== "string"){
const err134 = {instancePath:instancePath+"/standards/" + i5+"/metric",schemaPath:"#/properties/standards/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.standards.items.properties.metric.type,parentSchema:schema31.properties.standards.items.properties.metric,data:data46};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data43.dimension !== undefined){
let data47 = data43.dimension;
if(typeof data47 !== "string"){
const err135 = {instancePath:instancePath+"/standards/" + i5+"/dimension",schemaPath:"#/properties/standards/items/properties/dimension/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.standards.items.properties.dimension.type,parentSchema:schema31.properties.standards.items.properties.dimension,data:data47};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
if(data43.owner !== undefined){
let data48 = data43.owner;
if(typeof data48 !== "string"){
const err136 = {instancePath:instancePath+"/standards/" + i5+"/owner",schemaPath:"#/properties/standards/items/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.standards.items.properties.owner.type,parentSchema:schema31.properties.standards.items.properties.owner,data:data48};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
if(data43.calendar !== undefined){
let data49 = data43.calendar;
if((typeof data49 !== "string") && (data49 !== null)){
const err137 = {instancePath:instancePath+"/standards/" + i5+"/calendar",schemaPath:"#/properties/standards/items/properties/calendar/type",keyword:"type",params:{type: schema31.properties.standards.items.properties.calendar.type},message:"must be string,null",schema:schema31.properties.standards.items.properties.calendar.type,parentSchema:schema31.properties.standards.items.properties.calendar,data:data49};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data43.status !== undefined){
let data50 = data43.status;
if(typeof data50 !== "string"){
const err138 = {instancePath:instancePath+"/standards/" + i5+"/status",schemaPath:"#/$defs/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data50};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
if(!((((data50 === "met") || (data50 === "at-risk")) || (data50 === "breached")) || (data50 === "no-data"))){
const err139 = {instancePath:instancePath+"/standards/" + i5+"/status",schemaPath:"#/$defs/status/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values",schema:schema39.enum,parentSchema:schema39,data:data50};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data43.window !== undefined){
let data51 = data43.window;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
if(data51.spec === undefined){
const err140 = {instancePath:instancePath+"/standards/" + i5+"/window",schemaPath:"#/properties/standards/items/properties/window/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'",schema:schema31.properties.standards.items.properties.window.required,parentSchema:schema31.properties.standards.items.properties.window,data:data51};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
if(data51.from === undefined){
const err141 = {instancePath:instancePath+"/standards/" + i5+"/window",schemaPath:"#/properties/standards/items/properties/window/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema31.properties.standards.items.properties.window.required,parentSchema:schema31.properties.standards.items.properties.window,data:data51};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
if(data51.to === undefined){
const err142 = {instancePath:instancePath+"/standards/" + i5+"/window",schemaPath:"#/properties/standards/items/properties/window/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema31.properties.standards.items.properties.window.required,parentSchema:schema31.properties.standards.items.properties.window,data:data51};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
for(const key9 in data51){
if(!((((key9 === "spec") || (key9 === "from")) || (key9 === "to")) || (key9 === "versions"))){
const err143 = {instancePath:instancePath+"/standards/" + i5+"/window",schemaPath:"#/properties/standards/items/properties/window/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.standards.items.properties.window,data:data51};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data51.spec !== undefined){
let data52 = data51.spec;
if(typeof data52 !== "string"){
const err144 = {instancePath:instancePath+"/standards/" + i5+"/window/spec",schemaPath:"#/properties/standards/items/properties/window/properties/spec/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.standards.items.properties.window.properties.spec.type,parentSchema:schema31.properties.standards.items.properties.window.properties.spec,data:data52};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
}
if(data51.from !== undefined){
let data53 = data51.from;
if(typeof data53 === "string"){
if(!(formats0.validate(data53))){
const err145 = {instancePath:instancePath+"/standards/" + i5+"/window/from",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema32,data:data53};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
else {
const err146 = {instancePath:instancePath+"/standards/" + i5+"/window/from",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data53};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data51.to !== undefined){
let data54 = data51.to;
if(typeof data54 === "string"){
if(!(formats0.validate(data54))){
const err147 = {instancePath:instancePath+"/standards/" + i5+"/window/to",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema32,data:data54};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
}
else {
const err148 = {instancePath:instancePath+"/standards/" + i5+"/window/to",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data54};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data51.versions !== undefined){
let data55 = data51.versions;
if(Array.isArray(data55)){
const len6 = data55.length;
for(let i6=0; i6<len6; i6++){
let data56 = data55[i6];
if(typeof data56 !== "string"){
const err149 = {instancePath:instancePath+"/standards/" + i5+"/window/versions/" + i6,schemaPath:"#/properties/standards/items/properties/window/properties/versions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.standards.items.properties.window.properties.versions.items.type,parentSchema:schema31.properties.standards.items.properties.window.properties.versions.items,data:data56};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
}
else {
const err150 = {instancePath:instancePath+"/standards/" + i5+"/window/versions",schemaPath:"#/properties/standards/items/properties/window/properties/versions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.standards.items.properties.window.properties.versions.type,parentSchema:schema31.properties.standards.items.properties.window.properties.versions,data:data55};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
}
else {
const err151 = {instancePath:instancePath+"/standards/" + i5+"/window",schemaPath:"#/properties/standards/items/properties/window/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.standards.items.properties.window.type,parentSchema:schema31.properties.standards.items.properties.window,data:data51};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data43.count !== undefined){
let data57 = data43.count;
if(!(((typeof data57 == "number") && (!(data57 % 1) && !isNaN(data57))) && (isFinite(data57)))){
const err152 = {instancePath:instancePath+"/standards/" + i5+"/count",schemaPath:"#/properties/standards/items/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.standards.items.properties.count.type,parentSchema:schema31.properties.standards.items.properties.count,data:data57};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if((typeof data57 == "number") && (isFinite(data57))){
if(data57 < 0 || isNaN(data57)){
const err153 = {instancePath:instancePath+"/standards/" + i5+"/count",schemaPath:"#/properties/standards/items/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.standards.items.properties.count,data:data57};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
}
if(data43.met !== undefined){
let data58 = data43.met;
if(!(((typeof data58 == "number") && (!(data58 % 1) && !isNaN(data58))) && (isFinite(data58)))){
const err154 = {instancePath:instancePath+"/standards/" + i5+"/met",schemaPath:"#/properties/standards/items/properties/met/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.standards.items.properties.met.type,parentSchema:schema31.properties.standards.items.properties.met,data:data58};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if((typeof data58 == "number") && (isFinite(data58))){
if(data58 < 0 || isNaN(data58)){
const err155 = {instancePath:instancePath+"/standards/" + i5+"/met",schemaPath:"#/properties/standards/items/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.standards.items.properties.met,data:data58};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
}
if(data43.inFlight !== undefined){
let data59 = data43.inFlight;
if(!(((typeof data59 == "number") && (!(data59 % 1) && !isNaN(data59))) && (isFinite(data59)))){
const err156 = {instancePath:instancePath+"/standards/" + i5+"/inFlight",schemaPath:"#/properties/standards/items/properties/inFlight/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.standards.items.properties.inFlight.type,parentSchema:schema31.properties.standards.items.properties.inFlight,data:data59};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
if((typeof data59 == "number") && (isFinite(data59))){
if(data59 < 0 || isNaN(data59)){
const err157 = {instancePath:instancePath+"/standards/" + i5+"/inFlight",schemaPath:"#/properties/standards/items/properties/inFlight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.standards.items.properties.inFlight,data:data59};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
}
if(data43.pending !== undefined){
let data60 = data43.pending;
if(!(((typeof data60 == "number") && (!(data60 % 1) && !isNaN(data60))) && (isFinite(data60)))){
const err158 = {instancePath:instancePath+"/standards/" + i5+"/pending",schemaPath:"#/properties/standards/items/properties/pending/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.standards.items.properties.pending.type,parentSchema:schema31.properties.standards.items.properties.pending,data:data60};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
if((typeof data60 == "number") && (isFinite(data60))){
if(data60 < 0 || isNaN(data60)){
const err159 = {instancePath:instancePath+"/standards/" + i5+"/pending",schemaPath:"#/properties/standards/items/properties/pending/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.standards.items.properties.pending,data:data60};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
}
if(data43.value !== undefined){
let data61 = data43.value;
if((!((typeof data61 == "number") && (isFinite(data61)))) && (data61 !== null)){
const err160 = {instancePath:instancePath+"/standards/" + i5+"/value",schemaPath:"#/properties/standards/items/properties/value/type",keyword:"type",params:{type: schema31.properties.standards.items.properties.value.type},message:"must be number,null",schema:schema31.properties.standards.items.properties.value.type,parentSchema:schema31.properties.standards.items.properties.value,data:data61};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
if(data43.goal !== undefined){
let data62 = data43.goal;
if(data62 && typeof data62 == "object" && !Array.isArray(data62)){
if(data62.direction === undefined){
const err161 = {instancePath:instancePath+"/standards/" + i5+"/goal",schemaPath:"#/properties/standards/items/properties/goal/required",keyword:"required",params:{missingProperty: "direction"},message:"must have required property '"+"direction"+"'",schema:schema31.properties.standards.items.properties.goal.required,parentSchema:schema31.properties.standards.items.properties.goal,data:data62};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
if(data62.value === undefined){
const err162 = {instancePath:instancePath+"/standards/" + i5+"/goal",schemaPath:"#/properties/standards/items/properties/goal/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema31.properties.standards.items.properties.goal.required,parentSchema:schema31.properties.standards.items.properties.goal,data:data62};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
if(data62.text === undefined){
const err163 = {instancePath:instancePath+"/standards/" + i5+"/goal",schemaPath:"#/properties/standards/items/properties/goal/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema31.properties.standards.items.properties.goal.required,parentSchema:schema31.properties.standards.items.properties.goal,data:data62};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
for(const key10 in data62){
if(!((((key10 === "direction") || (key10 === "value")) || (key10 === "thresholdMinutes")) || (key10 === "text"))){
const err164 = {instancePath:instancePath+"/standards/" + i5+"/goal",schemaPath:"#/properties/standards/items/properties/goal/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.standards.items.properties.goal,data:data62};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data62.direction !== undefined){
let data63 = data62.direction;
if(typeof data63 !== "string"){
const err165 = {instancePath:instancePath+"/standards/" + i5+"/goal/direction",schemaPath:"#/properties/standards/items/properties/goal/properties/direction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.standards.items.properties.goal.properties.direction.type,parentSchema:schema31.properties.standards.items.properties.goal.properties.direction,data:data63};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if(!((data63 === "min") || (data63 === "max"))){
const err166 = {instancePath:instancePath+"/standards/" + i5+"/goal/direction",schemaPath:"#/properties/standards/items/properties/goal/properties/direction/enum",keyword:"enum",params:{allowedValues: schema31.properties.standards.items.properties.goal.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.standards.items.properties.goal.properties.direction.enum,parentSchema:schema31.properties.standards.items.properties.goal.properties.direction,data:data63};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
if(data62.value !== undefined){
let data64 = data62.value;
if(!((typeof data64 == "number") && (isFinite(data64)))){
const err167 = {instancePath:instancePath+"/standards/" + i5+"/goal/value",schemaPath:"#/properties/standards/items/properties/goal/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.standards.items.properties.goal.properties.value.type,parentSchema:schema31.properties.standards.items.properties.goal.properties.value,data:data64};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data62.thresholdMinutes !== undefined){
let data65 = data62.thresholdMinutes;
if(!((typeof data65 == "number") && (isFinite(data65)))){
const err168 = {instancePath:instancePath+"/standards/" + i5+"/goal/thresholdMinutes",schemaPath:"#/properties/standards/items/properties/goal/properties/thresholdMinutes/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.standards.items.properties.goal.properties.thresholdMinutes.type,parentSchema:schema31.properties.standards.items.properties.goal.properties.thresholdMinutes,data:data65};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data62.text !== undefined){
let data66 = data62.text;
if(typeof data66 !== "string"){
const err169 = {instancePath:instancePath+"/standards/" + i5+"/goal/text",schemaPath:"#/properties/standards/items/properties/goal/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.standards.items.properties.goal.properties.text.type,parentSchema:schema31.properties.standards.items.properties.goal.properties.text,data:data66};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
}
else {
const err170 = {instancePath:instancePath+"/standards/" + i5+"/goal",schemaPath:"#/properties/standards/items/properties/goal/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.standards.items.properties.goal.type,parentSchema:schema31.properties.standards.items.properties.goal,data:data62};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data43.errorBudget !== undefined){
let data67 = data43.errorBudget;
if((!(data67 && typeof data67 == "object" && !Array.isArray(data67))) && (data67 !== null)){
const err171 = {instancePath:instancePath+"/standards/" + i5+"/errorBudget",schemaPath:"#/properties/standards/items/properties/errorBudget/type",keyword:"type",params:{type: schema31.properties.standards.items.properties.errorBudget.type},message:"must be object,null",schema:schema31.properties.standards.items.properties.errorBudget.type,parentSchema:schema31.properties.standards.items.properties.errorBudget,data:data67};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(data67 && typeof data67 == "object" && !Array.isArray(data67)){
if(data67.allowed === undefined){
const err172 = {instancePath:instancePath+"/standards/" + i5+"/errorBudget",schemaPath:"#/properties/standards/items/properties/errorBudget/required",keyword:"required",params:{missingProperty: "allowed"},message:"must have required property '"+"allowed"+"'",schema:schema31.properties.standards.items.properties.errorBudget.required,parentSchema:schema31.properties.standards.items.properties.errorBudget,data:data67};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
if(data67.used === undefined){
const err173 = {instancePath:instancePath+"/standards/" + i5+"/errorBudget",schemaPath:"#/properties/standards/items/properties/errorBudget/required",keyword:"required",params:{missingProperty: "used"},message:"must have required property '"+"used"+"'",schema:schema31.properties.standards.items.properties.errorBudget.required,parentSchema:schema31.properties.standards.items.properties.errorBudget,data:data67};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(data67.remaining === undefined){
const err174 = {instancePath:instancePath+"/standards/" + i5+"/errorBudget",schemaPath:"#/properties/standards/items/properties/errorBudget/required",keyword:"required",params:{missingProperty: "remaining"},message:"must have required property '"+"remaining"+"'",schema:schema31.properties.standards.items.properties.errorBudget.required,parentSchema:schema31.properties.standards.items.properties.errorBudget,data:data67};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
for(const key11 in data67){
if(!(((key11 === "allowed") || (key11 === "used")) || (key11 === "remaining"))){
const err175 = {instancePath:instancePath+"/standards/" + i5+"/errorBudget",schemaPath:"#/properties/standards/items/properties/errorBudget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.standards.items.properties.errorBudget,data:data67};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data67.allowed !== undefined){
let data68 = data67.allowed;
if(!((typeof data68 == "number") && (isFinite(data68)))){
const err176 = {instancePath:instancePath+"/standards/" + i5+"/errorBudget/allowed",schemaPath:"#/properties/standards/items/properties/errorBudget/properties/allowed/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.standards.items.properties.errorBudget.properties.allowed.type,parentSchema:schema31.properties.standards.items.properties.errorBudget.properties.allowed,data:data68};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
if(data67.used !== undefined){
let data69 = data67.used;
if(!((typeof data69 == "number") && (isFinite(data69)))){
const err177 = {instancePath:instancePath+"/standards/" + i5+"/errorBudget/used",schemaPath:"#/properties/standards/items/properties/errorBudget/properties/used/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.standards.items.properties.errorBudget.properties.used.type,parentSchema:schema31.properties.standards.items.properties.errorBudget.properties.used,data:data69};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data67.remaining !== undefined){
let data70 = data67.remaining;
if(!((typeof data70 == "number") && (isFinite(data70)))){
const err178 = {instancePath:instancePath+"/standards/" + i5+"/errorBudget/remaining",schemaPath:"#/properties/standards/items/properties/errorBudget/properties/remaining/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.standards.items.properties.errorBudget.properties.remaining.type,parentSchema:schema31.properties.standards.items.properties.errorBudget.properties.remaining,data:data70};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
}
}
if(data43.excluded !== undefined){
let data71 = data43.excluded;
if(Array.isArray(data71)){
const len7 = data71.length;
for(let i7=0; i7<len7; i7++){
let data72 = data71[i7];
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.id === undefined){
const err179 = {instancePath:instancePath+"/standards/" + i5+"/excluded/" + i7,schemaPath:"#/properties/standards/items/properties/excluded/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.standards.items.properties.excluded.items.required,parentSchema:schema31.properties.standards.items.properties.excluded.items,data:data72};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if(data72.reason === undefined){
const err180 = {instancePath:instancePath+"/standards/" + i5+"/excluded/" + i7,schemaPath:"#/properties/standards/items/properties/excluded/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema31.properties.standards.items.properties.excluded.items.required,parentSchema:schema31.properties.standards.items.properties.excluded.items,data:data72};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if(data72.count === undefined){
const err181 = {instancePath:instancePath+"/standards/" + i5+"/excluded/" + i7,schemaPath:"#/properties/standards/items/properties/excluded/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'",schema:schema31.properties.standards.items.properties.excluded.items.required,parentSchema:schema31.properties.standards.items.properties.excluded.items,data:data72};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
for(const key12 in data72){
if(!(((key12 === "id") || (key12 === "reason")) || (key12 === "count"))){
const err182 = {instancePath:instancePath+"/standards/" + i5+"/excluded/" + i7,schemaPath:"#/properties/standards/items/properties/excluded/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.standards.items.properties.excluded.items,data:data72};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data72.id !== undefined){
let data73 = data72.id;
if(typeof data73 !== "string"){
const err183 = {instancePath:instancePath+"/standards/" + i5+"/excluded/" + i7+"/id",schemaPath:"#/properties/standards/items/properties/excluded/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.standards.items.properties.excluded.items.properties.id.type,parentSchema:schema31.properties.standards.items.properties.excluded.items.properties.id,data:data73};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data72.reason !== undefined){
let data74 = data72.reason;
if(typeof data74 !== "string"){
const err184 = {instancePath:instancePath+"/standards/" + i5+"/excluded/" + i7+"/reason",schemaPath:"#/properties/standards/items/properties/excluded/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.standards.items.properties.excluded.items.properties.reason.type,parentSchema:schema31.properties.standards.items.properties.excluded.items.properties.reason,data:data74};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
if(data72.count !== undefined){
let data75 = data72.count;
if(!(((typeof data75 == "number") && (!(data75 % 1) && !isNaN(data75))) && (isFinite(data75)))){
const err185 = {instancePath:instancePath+"/standards/" + i5+"/excluded/" + i7+"/count",schemaPath:"#/properties/standards/items/properties/excluded/items/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.standards.items.properties.excluded.items.properties.count.type,parentSchema:schema31.properties.standards.items.properties.excluded.items.properties.count,data:data75};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if((typeof data75 == "number") && (isFinite(data75))){
if(data75 < 0 || isNaN(data75)){
const err186 = {instancePath:instancePath+"/standards/" + i5+"/excluded/" + i7+"/count",schemaPath:"#/properties/standards/items/properties/excluded/items/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.standards.items.properties.excluded.items.properties.count,data:data75};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
}
}
}
else {
const err187 = {instancePath:instancePath+"/standards/" + i5+"/excluded/" + i7,schemaPath:"#/properties/standards/items/properties/excluded/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.standards.items.properties.excluded.items.type,parentSchema:schema31.properties.standards.items.properties.excluded.items,data:data72};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
}
else {
const err188 = {instancePath:instancePath+"/standards/" + i5+"/excluded",schemaPath:"#/properties/standards/items/properties/excluded/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.standards.items.properties.excluded.type,parentSchema:schema31.properties.standards.items.properties.excluded,data:data71};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data43.series !== undefined){
let data76 = data43.series;
if(Array.isArray(data76)){
const len8 = data76.length;
for(let i8=0; i8<len8; i8++){
let data77 = data76[i8];
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
if(data77.date === undefined){
const err189 = {instancePath:instancePath+"/standards/" + i5+"/series/" + i8,schemaPath:"#/$defs/day/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema42.required,parentSchema:schema42,data:data77};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if(data77.count === undefined){
const err190 = {instancePath:instancePath+"/standards/" + i5+"/series/" + i8,schemaPath:"#/$defs/day/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'",schema:schema42.required,parentSchema:schema42,data:data77};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
if(data77.met === undefined){
const err191 = {instancePath:instancePath+"/standards/" + i5+"/series/" + i8,schemaPath:"#/$defs/day/required",keyword:"required",params:{missingProperty: "met"},message:"must have required property '"+"met"+"'",schema:schema42.required,parentSchema:schema42,data:data77};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if(data77.value === undefined){
const err192 = {instancePath:instancePath+"/standards/" + i5+"/series/" + i8,schemaPath:"#/$defs/day/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema42.required,parentSchema:schema42,data:data77};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
if(data77.windowValue === undefined){
const err193 = {instancePath:instancePath+"/standards/" + i5+"/series/" + i8,schemaPath:"#/$defs/day/required",keyword:"required",params:{missingProperty: "windowValue"},message:"must have required property '"+"windowValue"+"'",schema:schema42.required,parentSchema:schema42,data:data77};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
for(const key13 in data77){
if(!(((((((key13 === "date") || (key13 === "count")) || (key13 === "met")) || (key13 === "value")) || (key13 === "windowValue")) || (key13 === "version")) || (key13 === "windowVersions"))){
const err194 = {instancePath:instancePath+"/standards/" + i5+"/series/" + i8,schemaPath:"#/$defs/day/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data:data77};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
}
if(data77.date !== undefined){
let data78 = data77.date;
if(typeof data78 === "string"){
if(!(formats14.validate(data78))){
const err195 = {instancePath:instancePath+"/standards/" + i5+"/series/" + i8+"/date",schemaPath:"#/$defs/day/properties/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema42.properties.date,data:data78};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
else {
const err196 = {instancePath:instancePath+"/standards/" + i5+"/series/" + i8+"/date",schemaPath:"#/$defs/day/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.date.type,parentSchema:schema42.properties.date,data:data78};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
if(data77.count !== undefined){
let data79 = data77.count;
if(!(((typeof data79 == "number") && (!(data79 % 1) && !isNaN(data79))) && (isFinite(data79)))){
const err197 = {instancePath:instancePath+"/standards/" + i5+"/series/" + i8+"/count",schemaPath:"#/$defs/day/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema42.properties.count.type,parentSchema:schema42.properties.count,data:data79};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
if((typeof data79 == "number") && (isFinite(data79))){
if(data79 < 0 || isNaN(data79)){
const err198 = {instancePath:instancePath+"/standards/" + i5+"/series/" + i8+"/count",schemaPath:"#/$defs/day/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.count,data:data79};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
}
if(data77.met !== undefined){
let data80 = data77.met;
if(!(((typeof data80 == "number") && (!(data80 % 1) && !isNaN(data80))) && (isFinite(data80)))){
const err199 = {instancePath:instancePath+"/standards/" + i5+"/series/" + i8+"/met",schemaPath:"#/$defs/day/properties/met/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema42.properties.met.type,parentSchema:schema42.properties.met,data:data80};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
if((typeof data80 == "number") && (isFinite(data80))){
if(data80 < 0 || isNaN(data80)){
const err200 = {instancePath:instancePath+"/standards/" + i5+"/series/" + i8+"/met",schemaPath:"#/$defs/day/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.met,data:data80};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
}
}
if(data77.value !== undefined){
let data81 = data77.value;
if((!((typeof data81 == "number") && (isFinite(data81)))) && (data81 !== null)){
const err201 = {instancePath:instancePath+"/standards/" + i5+"/series/" + i8+"/value",schemaPath:"#/$defs/day/properties/value/type",keyword:"type",params:{type: schema42.properties.value.type},message:"must be number,null",schema:schema42.properties.value.type,parentSchema:schema42.properties.value,data:data81};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
if(data77.windowValue !== undefined){
let data82 = data77.windowValue;
if((!((typeof data82 == "number") && (isFinite(data82)))) && (data82 !== null)){
const err202 = {instancePath:instancePath+"/standards/" + i5+"/series/" + i8+"/windowValue",schemaPath:"#/$defs/day/properties/windowValue/type",keyword:"type",params:{type: schema42.properties.windowValue.type},message:"must be number,null",schema:schema42.properties.windowValue.type,parentSchema:schema42.properties.windowValue,data:data82};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
if(data77.version !== undefined){
let data83 = data77.version;
if((typeof data83 !== "string") && (data83 !== null)){
const err203 = {instancePath:instancePath+"/standards/" + i5+"/series/" + i8+"/version",schemaPath:"#/$defs/day/properties/version/type",keyword:"type",params:{type: schema42.properties.version.type},message:"must be string,null",schema:schema42.properties.version.type,parentSchema:schema42.properties.version,data:data83};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
if(data77.windowVersions !== undefined){
let data84 = data77.windowVersions;
if(Array.isArray(data84)){
const len9 = data84.length;
for(let i9=0; i9<len9; i9++){
let data85 = data84[i9];
if(typeof data85 !== "string"){
const err204 = {instancePath:instancePath+"/standards/" + i5+"/series/" + i8+"/windowVersions/" + i9,schemaPath:"#/$defs/day/properties/windowVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.windowVersions.items.type,parentSchema:schema42.properties.windowVersions.items,data:data85};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
}
else {
const err205 = {instancePath:instancePath+"/standards/" + i5+"/series/" + i8+"/windowVersions",schemaPath:"#/$defs/day/properties/windowVersions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.windowVersions.type,parentSchema:schema42.properties.windowVersions,data:data84};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
}
else {
const err206 = {instancePath:instancePath+"/standards/" + i5+"/series/" + i8,schemaPath:"#/$defs/day/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data:data77};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
}
else {
const err207 = {instancePath:instancePath+"/standards/" + i5+"/series",schemaPath:"#/properties/standards/items/properties/series/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.standards.items.properties.series.type,parentSchema:schema31.properties.standards.items.properties.series,data:data76};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
if(data43.breakdown !== undefined){
let data86 = data43.breakdown;
if(data86 && typeof data86 == "object" && !Array.isArray(data86)){
if(data86.priority === undefined){
const err208 = {instancePath:instancePath+"/standards/" + i5+"/breakdown",schemaPath:"#/properties/standards/items/properties/breakdown/required",keyword:"required",params:{missingProperty: "priority"},message:"must have required property '"+"priority"+"'",schema:schema31.properties.standards.items.properties.breakdown.required,parentSchema:schema31.properties.standards.items.properties.breakdown,data:data86};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
if(data86.channel === undefined){
const err209 = {instancePath:instancePath+"/standards/" + i5+"/breakdown",schemaPath:"#/properties/standards/items/properties/breakdown/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'",schema:schema31.properties.standards.items.properties.breakdown.required,parentSchema:schema31.properties.standards.items.properties.breakdown,data:data86};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
if(data86.team === undefined){
const err210 = {instancePath:instancePath+"/standards/" + i5+"/breakdown",schemaPath:"#/properties/standards/items/properties/breakdown/required",keyword:"required",params:{missingProperty: "team"},message:"must have required property '"+"team"+"'",schema:schema31.properties.standards.items.properties.breakdown.required,parentSchema:schema31.properties.standards.items.properties.breakdown,data:data86};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
for(const key14 in data86){
if(!(((key14 === "priority") || (key14 === "channel")) || (key14 === "team"))){
const err211 = {instancePath:instancePath+"/standards/" + i5+"/breakdown",schemaPath:"#/properties/standards/items/properties/breakdown/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.standards.items.properties.breakdown,data:data86};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data86.priority !== undefined){
let data87 = data86.priority;
if(Array.isArray(data87)){
const len10 = data87.length;
for(let i10=0; i10<len10; i10++){
let data88 = data87[i10];
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
if(data88.key === undefined){
const err212 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/priority/" + i10,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema43.required,parentSchema:schema43,data:data88};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
if(data88.count === undefined){
const err213 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/priority/" + i10,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'",schema:schema43.required,parentSchema:schema43,data:data88};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
if(data88.met === undefined){
const err214 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/priority/" + i10,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "met"},message:"must have required property '"+"met"+"'",schema:schema43.required,parentSchema:schema43,data:data88};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
if(data88.value === undefined){
const err215 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/priority/" + i10,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema43.required,parentSchema:schema43,data:data88};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
for(const key15 in data88){
if(!((((key15 === "key") || (key15 === "count")) || (key15 === "met")) || (key15 === "value"))){
const err216 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/priority/" + i10,schemaPath:"#/$defs/segment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data:data88};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
if(data88.key !== undefined){
let data89 = data88.key;
if(typeof data89 !== "string"){
const err217 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/priority/" + i10+"/key",schemaPath:"#/$defs/segment/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.key.type,parentSchema:schema43.properties.key,data:data89};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data88.count !== undefined){
let data90 = data88.count;
if(!(((typeof data90 == "number") && (!(data90 % 1) && !isNaN(data90))) && (isFinite(data90)))){
const err218 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/priority/" + i10+"/count",schemaPath:"#/$defs/segment/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.count.type,parentSchema:schema43.properties.count,data:data90};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
if((typeof data90 == "number") && (isFinite(data90))){
if(data90 < 0 || isNaN(data90)){
const err219 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/priority/" + i10+"/count",schemaPath:"#/$defs/segment/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.count,data:data90};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
}
if(data88.met !== undefined){
let data91 = data88.met;
if(!(((typeof data91 == "number") && (!(data91 % 1) && !isNaN(data91))) && (isFinite(data91)))){
const err220 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/priority/" + i10+"/met",schemaPath:"#/$defs/segment/properties/met/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.met.type,parentSchema:schema43.properties.met,data:data91};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
if((typeof data91 == "number") && (isFinite(data91))){
if(data91 < 0 || isNaN(data91)){
const err221 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/priority/" + i10+"/met",schemaPath:"#/$defs/segment/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.met,data:data91};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
}
if(data88.value !== undefined){
let data92 = data88.value;
if((!((typeof data92 == "number") && (isFinite(data92)))) && (data92 !== null)){
const err222 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/priority/" + i10+"/value",schemaPath:"#/$defs/segment/properties/value/type",keyword:"type",params:{type: schema43.properties.value.type},message:"must be number,null",schema:schema43.properties.value.type,parentSchema:schema43.properties.value,data:data92};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
}
else {
const err223 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/priority/" + i10,schemaPath:"#/$defs/segment/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data88};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
}
}
else {
const err224 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/priority",schemaPath:"#/properties/standards/items/properties/breakdown/properties/priority/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.standards.items.properties.breakdown.properties.priority.type,parentSchema:schema31.properties.standards.items.properties.breakdown.properties.priority,data:data87};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data86.channel !== undefined){
let data93 = data86.channel;
if(Array.isArray(data93)){
const len11 = data93.length;
for(let i11=0; i11<len11; i11++){
let data94 = data93[i11];
if(data94 && typeof data94 == "object" && !Array.isArray(data94)){
if(data94.key === undefined){
const err225 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/channel/" + i11,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema43.required,parentSchema:schema43,data:data94};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
if(data94.count === undefined){
const err226 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/channel/" + i11,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'",schema:schema43.required,parentSchema:schema43,data:data94};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
if(data94.met === undefined){
const err227 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/channel/" + i11,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "met"},message:"must have required property '"+"met"+"'",schema:schema43.required,parentSchema:schema43,data:data94};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
if(data94.value === undefined){
const err228 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/channel/" + i11,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema43.required,parentSchema:schema43,data:data94};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
for(const key16 in data94){
if(!((((key16 === "key") || (key16 === "count")) || (key16 === "met")) || (key16 === "value"))){
const err229 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/channel/" + i11,schemaPath:"#/$defs/segment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data:data94};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data94.key !== undefined){
let data95 = data94.key;
if(typeof data95 !== "string"){
const err230 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/channel/" + i11+"/key",schemaPath:"#/$defs/segment/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.key.type,parentSchema:schema43.properties.key,data:data95};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data94.count !== undefined){
let data96 = data94.count;
if(!(((typeof data96 == "number") && (!(data96 % 1) && !isNaN(data96))) && (isFinite(data96)))){
const err231 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/channel/" + i11+"/count",schemaPath:"#/$defs/segment/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.count.type,parentSchema:schema43.properties.count,data:data96};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
if((typeof data96 == "number") && (isFinite(data96))){
if(data96 < 0 || isNaN(data96)){
const err232 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/channel/" + i11+"/count",schemaPath:"#/$defs/segment/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.count,data:data96};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
}
if(data94.met !== undefined){
let data97 = data94.met;
if(!(((typeof data97 == "number") && (!(data97 % 1) && !isNaN(data97))) && (isFinite(data97)))){
const err233 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/channel/" + i11+"/met",schemaPath:"#/$defs/segment/properties/met/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.met.type,parentSchema:schema43.properties.met,data:data97};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
if((typeof data97 == "number") && (isFinite(data97))){
if(data97 < 0 || isNaN(data97)){
const err234 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/channel/" + i11+"/met",schemaPath:"#/$defs/segment/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.met,data:data97};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
}
if(data94.value !== undefined){
let data98 = data94.value;
if((!((typeof data98 == "number") && (isFinite(data98)))) && (data98 !== null)){
const err235 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/channel/" + i11+"/value",schemaPath:"#/$defs/segment/properties/value/type",keyword:"type",params:{type: schema43.properties.value.type},message:"must be number,null",schema:schema43.properties.value.type,parentSchema:schema43.properties.value,data:data98};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
}
else {
const err236 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/channel/" + i11,schemaPath:"#/$defs/segment/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data94};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
}
else {
const err237 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/channel",schemaPath:"#/properties/standards/items/properties/breakdown/properties/channel/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.standards.items.properties.breakdown.properties.channel.type,parentSchema:schema31.properties.standards.items.properties.breakdown.properties.channel,data:data93};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data86.team !== undefined){
let data99 = data86.team;
if(Array.isArray(data99)){
const len12 = data99.length;
for(let i12=0; i12<len12; i12++){
let data100 = data99[i12];
if(data100 && typeof data100 == "object" && !Array.isArray(data100)){
if(data100.key === undefined){
const err238 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/team/" + i12,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema43.required,parentSchema:schema43,data:data100};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
if(data100.count === undefined){
const err239 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/team/" + i12,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'",schema:schema43.required,parentSchema:schema43,data:data100};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
if(data100.met === undefined){
const err240 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/team/" + i12,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "met"},message:"must have required property '"+"met"+"'",schema:schema43.required,parentSchema:schema43,data:data100};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
if(data100.value === undefined){
const err241 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/team/" + i12,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema43.required,parentSchema:schema43,data:data100};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
for(const key17 in data100){
if(!((((key17 === "key") || (key17 === "count")) || (key17 === "met")) || (key17 === "value"))){
const err242 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/team/" + i12,schemaPath:"#/$defs/segment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data:data100};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
if(data100.key !== undefined){
let data101 = data100.key;
if(typeof data101 !== "string"){
const err243 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/team/" + i12+"/key",schemaPath:"#/$defs/segment/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.key.type,parentSchema:schema43.properties.key,data:data101};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
if(data100.count !== undefined){
let data102 = data100.count;
if(!(((typeof data102 == "number") && (!(data102 % 1) && !isNaN(data102))) && (isFinite(data102)))){
const err244 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/team/" + i12+"/count",schemaPath:"#/$defs/segment/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.count.type,parentSchema:schema43.properties.count,data:data102};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
if((typeof data102 == "number") && (isFinite(data102))){
if(data102 < 0 || isNaN(data102)){
const err245 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/team/" + i12+"/count",schemaPath:"#/$defs/segment/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.count,data:data102};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
}
if(data100.met !== undefined){
let data103 = data100.met;
if(!(((typeof data103 == "number") && (!(data103 % 1) && !isNaN(data103))) && (isFinite(data103)))){
const err246 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/team/" + i12+"/met",schemaPath:"#/$defs/segment/properties/met/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema43.properties.met.type,parentSchema:schema43.properties.met,data:data103};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
if((typeof data103 == "number") && (isFinite(data103))){
if(data103 < 0 || isNaN(data103)){
const err247 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/team/" + i12+"/met",schemaPath:"#/$defs/segment/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema43.properties.met,data:data103};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
}
if(data100.value !== undefined){
let data104 = data100.value;
if((!((typeof data104 == "number") && (isFinite(data104)))) && (data104 !== null)){
const err248 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/team/" + i12+"/value",schemaPath:"#/$defs/segment/properties/value/type",keyword:"type",params:{type: schema43.properties.value.type},message:"must be number,null",schema:schema43.properties.value.type,parentSchema:schema43.properties.value,data:data104};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
}
else {
const err249 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/team/" + i12,schemaPath:"#/$defs/segment/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data:data100};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
}
else {
const err250 = {instancePath:instancePath+"/standards/" + i5+"/breakdown/team",schemaPath:"#/properties/standards/items/properties/breakdown/properties/team/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.standards.items.properties.breakdown.properties.team.type,parentSchema:schema31.properties.standards.items.properties.breakdown.properties.team,data:data99};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
}
else {
const err251 = {instancePath:instancePath+"/standards/" + i5+"/breakdown",schemaPath:"#/properties/standards/items/properties/breakdown/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.standards.items.properties.breakdown.type,parentSchema:schema31.properties.standards.items.properties.breakdown,data:data86};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
if(data43.worst !== undefined){
let data105 = data43.worst;
if(Array.isArray(data105)){
const len13 = data105.length;
for(let i13=0; i13<len13; i13++){
let data106 = data105[i13];
if(data106 && typeof data106 == "object" && !Array.isArray(data106)){
if(data106.id === undefined){
const err252 = {instancePath:instancePath+"/standards/" + i5+"/worst/" + i13,schemaPath:"#/properties/standards/items/properties/worst/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.properties.standards.items.properties.worst.items.required,parentSchema:schema31.properties.standards.items.properties.worst.items,data:data106};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
if(data106.created === undefined){
const err253 = {instancePath:instancePath+"/standards/" + i5+"/worst/" + i13,schemaPath:"#/properties/standards/items/properties/worst/items/required",keyword:"required",params:{missingProperty: "created"},message:"must have required property '"+"created"+"'",schema:schema31.properties.standards.items.properties.worst.items.required,parentSchema:schema31.properties.standards.items.properties.worst.items,data:data106};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
if(data106.priority === undefined){
const err254 = {instancePath:instancePath+"/standards/" + i5+"/worst/" + i13,schemaPath:"#/properties/standards/items/properties/worst/items/required",keyword:"required",params:{missingProperty: "priority"},message:"must have required property '"+"priority"+"'",schema:schema31.properties.standards.items.properties.worst.items.required,parentSchema:schema31.properties.standards.items.properties.worst.items,data:data106};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
if(data106.channel === undefined){
const err255 = {instancePath:instancePath+"/standards/" + i5+"/worst/" + i13,schemaPath:"#/properties/standards/items/properties/worst/items/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'",schema:schema31.properties.standards.items.properties.worst.items.required,parentSchema:schema31.properties.standards.items.properties.worst.items,data:data106};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
if(data106.minutes === undefined){
const err256 = {instancePath:instancePath+"/standards/" + i5+"/worst/" + i13,schemaPath:"#/properties/standards/items/properties/worst/items/required",keyword:"required",params:{missingProperty: "minutes"},message:"must have required property '"+"minutes"+"'",schema:schema31.properties.standards.items.properties.worst.items.required,parentSchema:schema31.properties.standards.items.properties.worst.items,data:data106};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
if(data106.inFlight === undefined){
const err257 = {instancePath:instancePath+"/standards/" + i5+"/worst/" + i13,schemaPath:"#/properties/standards/items/properties/worst/items/required",keyword:"required",params:{missingProperty: "inFlight"},message:"must have required property '"+"inFlight"+"'",schema:schema31.properties.standards.items.properties.worst.items.required,parentSchema:schema31.properties.standards.items.properties.worst.items,data:data106};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
for(const key18 in data106){
if(!((((((((key18 === "id") || (key18 === "created")) || (key18 === "priority")) || (key18 === "channel")) || (key18 === "team")) || (key18 === "minutes")) || (key18 === "inFlight")) || (key18 === "version"))){
const err258 = {instancePath:instancePath+"/standards/" + i5+"/worst/" + i13,schemaPath:"#/properties/standards/items/properties/worst/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.standards.items.properties.worst.items,data:data106};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
if(data106.id !== undefined){
let data107 = data106.id;
if(typeof data107 !== "string"){
const err259 = {instancePath:instancePath+"/standards/" + i5+"/worst/" + i13+"/id",schemaPath:"#/properties/standards/items/properties/worst/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.standards.items.properties.worst.items.properties.id.type,parentSchema:schema31.properties.standards.items.properties.worst.items.properties.id,data:data107};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
if(data106.created !== undefined){
let data108 = data106.created;
if(typeof data108 === "string"){
if(!(formats0.validate(data108))){
const err260 = {instancePath:instancePath+"/standards/" + i5+"/worst/" + i13+"/created",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema32,data:data108};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
else {
const err261 = {instancePath:instancePath+"/standards/" + i5+"/worst/" + i13+"/created",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data108};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
if(data106.priority !== undefined){
let data109 = data106.priority;
if(typeof data109 !== "string"){
const err262 = {instancePath:instancePath+"/standards/" + i5+"/worst/" + i13+"/priority",schemaPath:"#/properties/standards/items/properties/worst/items/properties/priority/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.standards.items.properties.worst.items.properties.priority.type,parentSchema:schema31.properties.standards.items.properties.worst.items.properties.priority,data:data109};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
if(data106.channel !== undefined){
let data110 = data106.channel;
if(typeof data110 !== "string"){
const err263 = {instancePath:instancePath+"/standards/" + i5+"/worst/" + i13+"/channel",schemaPath:"#/properties/standards/items/properties/worst/items/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.standards.items.properties.worst.items.properties.channel.type,parentSchema:schema31.properties.standards.items.properties.worst.items.properties.channel,data:data110};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
if(data106.team !== undefined){
let data111 = data106.team;
if((typeof data111 !== "string") && (data111 !== null)){
const err264 = {instancePath:instancePath+"/standards/" + i5+"/worst/" + i13+"/team",schemaPath:"#/properties/standards/items/properties/worst/items/properties/team/type",keyword:"type",params:{type: schema31.properties.standards.items.properties.worst.items.properties.team.type},message:"must be string,null",schema:schema31.properties.standards.items.properties.worst.items.properties.team.type,parentSchema:schema31.properties.standards.items.properties.worst.items.properties.team,data:data111};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
if(data106.minutes !== undefined){
let data112 = data106.minutes;
if(!((typeof data112 == "number") && (isFinite(data112)))){
const err265 = {instancePath:instancePath+"/standards/" + i5+"/worst/" + i13+"/minutes",schemaPath:"#/properties/standards/items/properties/worst/items/properties/minutes/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.standards.items.properties.worst.items.properties.minutes.type,parentSchema:schema31.properties.standards.items.properties.worst.items.properties.minutes,data:data112};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
if(data106.inFlight !== undefined){
let data113 = data106.inFlight;
if(typeof data113 !== "boolean"){
const err266 = {instancePath:instancePath+"/standards/" + i5+"/worst/" + i13+"/inFlight",schemaPath:"#/properties/standards/items/properties/worst/items/properties/inFlight/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.standards.items.properties.worst.items.properties.inFlight.type,parentSchema:schema31.properties.standards.items.properties.worst.items.properties.inFlight,data:data113};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
if(data106.version !== undefined){
let data114 = data106.version;
if(typeof data114 !== "string"){
const err267 = {instancePath:instancePath+"/standards/" + i5+"/worst/" + i13+"/version",schemaPath:"#/properties/standards/items/properties/worst/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.standards.items.properties.worst.items.properties.version.type,parentSchema:schema31.properties.standards.items.properties.worst.items.properties.version,data:data114};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
}
else {
const err268 = {instancePath:instancePath+"/standards/" + i5+"/worst/" + i13,schemaPath:"#/properties/standards/items/properties/worst/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.standards.items.properties.worst.items.type,parentSchema:schema31.properties.standards.items.properties.worst.items,data:data106};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
}
else {
const err269 = {instancePath:instancePath+"/standards/" + i5+"/worst",schemaPath:"#/properties/standards/items/properties/worst/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.standards.items.properties.worst.type,parentSchema:schema31.properties.standards.items.properties.worst,data:data105};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(data43.versions !== undefined){
let data115 = data43.versions;
if(Array.isArray(data115)){
const len14 = data115.length;
for(let i14=0; i14<len14; i14++){
let data116 = data115[i14];
if(data116 && typeof data116 == "object" && !Array.isArray(data116)){
if(data116.version === undefined){
const err270 = {instancePath:instancePath+"/standards/" + i5+"/versions/" + i14,schemaPath:"#/properties/standards/items/properties/versions/items/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema31.properties.standards.items.properties.versions.items.required,parentSchema:schema31.properties.standards.items.properties.versions.items,data:data116};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
if(data116.from === undefined){
const err271 = {instancePath:instancePath+"/standards/" + i5+"/versions/" + i14,schemaPath:"#/properties/standards/items/properties/versions/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema31.properties.standards.items.properties.versions.items.required,parentSchema:schema31.properties.standards.items.properties.versions.items,data:data116};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
if(data116.goal === undefined){
const err272 = {instancePath:instancePath+"/standards/" + i5+"/versions/" + i14,schemaPath:"#/properties/standards/items/properties/versions/items/required",keyword:"required",params:{missingProperty: "goal"},message:"must have required property '"+"goal"+"'",schema:schema31.properties.standards.items.properties.versions.items.required,parentSchema:schema31.properties.standards.items.properties.versions.items,data:data116};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
for(const key19 in data116){
if(!(((key19 === "version") || (key19 === "from")) || (key19 === "goal"))){
const err273 = {instancePath:instancePath+"/standards/" + i5+"/versions/" + i14,schemaPath:"#/properties/standards/items/properties/versions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.standards.items.properties.versions.items,data:data116};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
if(data116.version !== undefined){
let data117 = data116.version;
if(typeof data117 !== "string"){
const err274 = {instancePath:instancePath+"/standards/" + i5+"/versions/" + i14+"/version",schemaPath:"#/properties/standards/items/properties/versions/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.standards.items.properties.versions.items.properties.version.type,parentSchema:schema31.properties.standards.items.properties.versions.items.properties.version,data:data117};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
if(data116.from !== undefined){
let data118 = data116.from;
if(typeof data118 === "string"){
if(!(formats14.validate(data118))){
const err275 = {instancePath:instancePath+"/standards/" + i5+"/versions/" + i14+"/from",schemaPath:"#/properties/standards/items/properties/versions/items/properties/from/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema31.properties.standards.items.properties.versions.items.properties.from,data:data118};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
}
else {
const err276 = {instancePath:instancePath+"/standards/" + i5+"/versions/" + i14+"/from",schemaPath:"#/properties/standards/items/properties/versions/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.standards.items.properties.versions.items.properties.from.type,parentSchema:schema31.properties.standards.items.properties.versions.items.properties.from,data:data118};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
if(data116.goal !== undefined){
let data119 = data116.goal;
if(data119 && typeof data119 == "object" && !Array.isArray(data119)){
if(data119.direction === undefined){
const err277 = {instancePath:instancePath+"/standards/" + i5+"/versions/" + i14+"/goal",schemaPath:"#/properties/standards/items/properties/versions/items/properties/goal/required",keyword:"required",params:{missingProperty: "direction"},message:"must have required property '"+"direction"+"'",schema:schema31.properties.standards.items.properties.versions.items.properties.goal.required,parentSchema:schema31.properties.standards.items.properties.versions.items.properties.goal,data:data119};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
if(data119.value === undefined){
const err278 = {instancePath:instancePath+"/standards/" + i5+"/versions/" + i14+"/goal",schemaPath:"#/properties/standards/items/properties/versions/items/properties/goal/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema31.properties.standards.items.properties.versions.items.properties.goal.required,parentSchema:schema31.properties.standards.items.properties.versions.items.properties.goal,data:data119};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
if(data119.text === undefined){
const err279 = {instancePath:instancePath+"/standards/" + i5+"/versions/" + i14+"/goal",schemaPath:"#/properties/standards/items/properties/versions/items/properties/goal/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema31.properties.standards.items.properties.versions.items.properties.goal.required,parentSchema:schema31.properties.standards.items.properties.versions.items.properties.goal,data:data119};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
for(const key20 in data119){
if(!((((key20 === "direction") || (key20 === "value")) || (key20 === "thresholdMinutes")) || (key20 === "text"))){
const err280 = {instancePath:instancePath+"/standards/" + i5+"/versions/" + i14+"/goal",schemaPath:"#/properties/standards/items/properties/versions/items/properties/goal/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.standards.items.properties.versions.items.properties.goal,data:data119};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
if(data119.direction !== undefined){
let data120 = data119.direction;
if(typeof data120 !== "string"){
const err281 = {instancePath:instancePath+"/standards/" + i5+"/versions/" + i14+"/goal/direction",schemaPath:"#/properties/standards/items/properties/versions/items/properties/goal/properties/direction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.standards.items.properties.versions.items.properties.goal.properties.direction.type,parentSchema:schema31.properties.standards.items.properties.versions.items.properties.goal.properties.direction,data:data120};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
if(!((data120 === "min") || (data120 === "max"))){
const err282 = {instancePath:instancePath+"/standards/" + i5+"/versions/" + i14+"/goal/direction",schemaPath:"#/properties/standards/items/properties/versions/items/properties/goal/properties/direction/enum",keyword:"enum",params:{allowedValues: schema31.properties.standards.items.properties.versions.items.properties.goal.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.standards.items.properties.versions.items.properties.goal.properties.direction.enum,parentSchema:schema31.properties.standards.items.properties.versions.items.properties.goal.properties.direction,data:data120};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
if(data119.value !== undefined){
let data121 = data119.value;
if(!((typeof data121 == "number") && (isFinite(data121)))){
const err283 = {instancePath:instancePath+"/standards/" + i5+"/versions/" + i14+"/goal/value",schemaPath:"#/properties/standards/items/properties/versions/items/properties/goal/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.standards.items.properties.versions.items.properties.goal.properties.value.type,parentSchema:schema31.properties.standards.items.properties.versions.items.properties.goal.properties.value,data:data121};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
if(data119.thresholdMinutes !== undefined){
let data122 = data119.thresholdMinutes;
if(!((typeof data122 == "number") && (isFinite(data122)))){
const err284 = {instancePath:instancePath+"/standards/" + i5+"/versions/" + i14+"/goal/thresholdMinutes",schemaPath:"#/properties/standards/items/properties/versions/items/properties/goal/properties/thresholdMinutes/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.standards.items.properties.versions.items.properties.goal.properties.thresholdMinutes.type,parentSchema:schema31.properties.standards.items.properties.versions.items.properties.goal.properties.thresholdMinutes,data:data122};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
if(data119.text !== undefined){
let data123 = data119.text;
if(typeof data123 !== "string"){
const err285 = {instancePath:instancePath+"/standards/" + i5+"/versions/" + i14+"/goal/text",schemaPath:"#/properties/standards/items/properties/versions/items/properties/goal/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.standards.items.properties.versions.items.properties.goal.properties.text.type,parentSchema:schema31.properties.standards.items.properties.versions.items.properties.goal.properties.text,data:data123};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
}
else {
const err286 = {instancePath:instancePath+"/standards/" + i5+"/versions/" + i14+"/goal",schemaPath:"#/properties/standards/items/properties/versions/items/properties/goal/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.standards.items.properties.versions.items.properties.goal.type,parentSchema:schema31.properties.standards.items.properties.versions.items.properties.goal,data:data119};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
}
else {
const err287 = {instancePath:instancePath+"/standards/" + i5+"/versions/" + i14,schemaPath:"#/properties/standards/items/properties/versions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.standards.items.properties.versions.items.type,parentSchema:schema31.properties.standards.items.properties.versions.items,data:data116};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
}
else {
const err288 = {instancePath:instancePath+"/standards/" + i5+"/versions",schemaPath:"#/properties/standards/items/properties/versions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.standards.items.properties.versions.type,parentSchema:schema31.properties.standards.items.properties.versions,data:data115};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
if(data43.statement !== undefined){
let data124 = data43.statement;
if(typeof data124 !== "string"){
const err289 = {instancePath:instancePath+"/standards/" + i5+"/statement",schemaPath:"#/properties/standards/items/properties/statement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.standards.items.properties.statement.type,parentSchema:schema31.properties.standards.items.properties.statement,data:data124};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
}
else {
const err290 = {instancePath:instancePath+"/standards/" + i5,schemaPath:"#/properties/standards/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.standards.items.type,parentSchema:schema31.properties.standards.items,data:data43};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
}
else {
const err291 = {instancePath:instancePath+"/standards",schemaPath:"#/properties/standards/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.standards.type,parentSchema:schema31.properties.standards,data:data42};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
}
else {
const err292 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports["ticket.schema.json"] = validate21;
const schema47 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"ticket.schema.json","title":"Ticket","description":"A normalized ticket: the only thing a source hands to the engine. Timestamps are ISO 8601 in UTC (`Z`). No names, e-mail addresses or message text, ever.","type":"object","additionalProperties":false,"required":["id","created","updated","priority","channel","status","tags","replies","statusChanges"],"$defs":{"instant":{"type":"string","format":"date-time","pattern":"Z$","description":"ISO 8601 timestamp in UTC, e.g. `2026-11-02T09:15:00Z`."}},"properties":{"id":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9._:-]+$","description":"The helpdesk's ticket id, as text."},"created":{"$ref":"#/$defs/instant","description":"When the requester opened the ticket."},"updated":{"$ref":"#/$defs/instant","description":"Last change of the ticket; the store keeps the version with the newest `updated`."},"priority":{"$ref":"common.schema.json#/$defs/priority"},"channel":{"$ref":"common.schema.json#/$defs/channel"},"status":{"$ref":"common.schema.json#/$defs/ticketStatus","description":"Current status."},"openedBy":{"type":"string","enum":["customer","agent"],"description":"Who opened the ticket: `customer` (the default when absent) or `agent` (a phone call logged by an agent, an outbound e-mail)."},"team":{"type":"string","description":"Id of the assigned Team, when known."},"category":{"type":"string","maxLength":120,"description":"Helpdesk category or type, when known."},"tags":{"type":"array","uniqueItems":true,"items":{"type":"string","maxLength":120},"description":"Helpdesk tags."},"replies":{"type":"array","description":"Public replies after the opening message, oldest first: who (agent or customer) and when.","items":{"type":"object","additionalProperties":false,"required":["at","by"],"properties":{"at":{"$ref":"#/$defs/instant"},"by":{"type":"string","enum":["agent","customer"],"description":"agent (public reply by staff) or customer (the requester)."}}}},"statusChanges":{"type":"array","description":"Every status the ticket entered, oldest first, starting with its status at creation.","items":{"type":"object","additionalProperties":false,"required":["at","status"],"properties":{"at":{"$ref":"#/$defs/instant"},"status":{"$ref":"common.schema.json#/$defs/ticketStatus"}}}},"satisfaction":{"type":"object","additionalProperties":false,"required":["at","rating"],"description":"The requester's satisfaction rating, when given.","properties":{"at":{"$ref":"#/$defs/instant"},"rating":{"oneOf":[{"type":"string","enum":["good","bad"]},{"type":"integer","minimum":1,"maximum":5}],"description":"good/bad, or 1–5 where 4 and 5 count as good."}}},"nps":{"type":"object","additionalProperties":false,"required":["at","score"],"description":"The requester's answer to the NPS question, when given.","properties":{"at":{"$ref":"#/$defs/instant"},"score":{"type":"integer","minimum":0,"maximum":10,"description":"0–10: 9–10 promoter, 7–8 passive, 0–6 detractor."}}},"helpdeskMetrics":{"type":"object","additionalProperties":false,"description":"The helpdesk's own figures for this ticket in calendar minutes (Zendesk's ticket metrics), kept only to tie our numbers out with theirs; no metric reads them.","properties":{"firstReplyMinutes":{"type":["number","null"],"minimum":0,"description":"Zendesk `reply_time_in_minutes.calendar`; null: no reply yet."},"fullResolutionMinutes":{"type":["number","null"],"minimum":0,"description":"Zendesk `full_resolution_time_in_minutes.calendar`; null: not solved."}}},"qa":{"type":"array","description":"QA reviews of this ticket's interactions.","items":{"type":"object","additionalProperties":false,"required":["scorecard","at","results"],"properties":{"scorecard":{"type":"string","description":"Id of the Scorecard used."},"at":{"$ref":"#/$defs/instant"},"results":{"type":"object","additionalProperties":{"type":"string","enum":["pass","fail","na"]},"description":"Per behaviour id: pass, fail or na (not applicable)."}}}}}};
const schema48 = {"type":"string","format":"date-time","pattern":"Z$","description":"ISO 8601 timestamp in UTC, e.g. `2026-11-02T09:15:00Z`."};
const schema51 = {"title":"Priority","description":"Ticket priority: low, normal, high or urgent.","type":"string","enum":["low","normal","high","urgent"]};
const schema52 = {"title":"Channel","description":"Where the ticket came in: email, web (form), chat, phone, social or api.","type":"string","enum":["email","web","chat","phone","social","api"]};
const schema53 = {"title":"Ticket status","description":"Normalized ticket status: new, open, pending (waiting on the requester), on-hold (waiting on a third party), solved or closed.","type":"string","enum":["new","open","pending","on-hold","solved","closed"]};
const func3 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[A-Za-z0-9._:-]+$", "u");
const pattern5 = new RegExp("Z$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="ticket.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.created === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created"},message:"must have required property '"+"created"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.updated === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updated"},message:"must have required property '"+"updated"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.priority === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "priority"},message:"must have required property '"+"priority"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.channel === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.status === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.tags === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tags"},message:"must have required property '"+"tags"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.replies === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replies"},message:"must have required property '"+"replies"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.statusChanges === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "statusChanges"},message:"must have required property '"+"statusChanges"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema47.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func3(data0) > 64){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema47.properties.id,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func3(data0) < 1){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.id,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern4.test(data0)){
const err12 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._:-]+$"+"\"",schema:"^[A-Za-z0-9._:-]+$",parentSchema:schema47.properties.id,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.id.type,parentSchema:schema47.properties.id,data:data0};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.created !== undefined){
let data1 = data.created;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err14 = {instancePath:instancePath+"/created",schemaPath:"#/$defs/instant/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema48,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(formats0.validate(data1))){
const err15 = {instancePath:instancePath+"/created",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema48,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/created",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data1};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.updated !== undefined){
let data2 = data.updated;
if(typeof data2 === "string"){
if(!pattern5.test(data2)){
const err17 = {instancePath:instancePath+"/updated",schemaPath:"#/$defs/instant/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema48,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(formats0.validate(data2))){
const err18 = {instancePath:instancePath+"/updated",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema48,data:data2};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/updated",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.priority !== undefined){
let data3 = data.priority;
if(typeof data3 !== "string"){
const err20 = {instancePath:instancePath+"/priority",schemaPath:"common.schema.json#/$defs/priority/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((((data3 === "low") || (data3 === "normal")) || (data3 === "high")) || (data3 === "urgent"))){
const err21 = {instancePath:instancePath+"/priority",schemaPath:"common.schema.json#/$defs/priority/enum",keyword:"enum",params:{allowedValues: schema51.enum},message:"must be equal to one of the allowed values",schema:schema51.enum,parentSchema:schema51,data:data3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.channel !== undefined){
let data4 = data.channel;
if(typeof data4 !== "string"){
const err22 = {instancePath:instancePath+"/channel",schemaPath:"common.schema.json#/$defs/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.type,parentSchema:schema52,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!((((((data4 === "email") || (data4 === "web")) || (data4 === "chat")) || (data4 === "phone")) || (data4 === "social")) || (data4 === "api"))){
const err23 = {instancePath:instancePath+"/channel",schemaPath:"common.schema.json#/$defs/channel/enum",keyword:"enum",params:{allowedValues: schema52.enum},message:"must be equal to one of the allowed values",schema:schema52.enum,parentSchema:schema52,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.status !== undefined){
let data5 = data.status;
if(typeof data5 !== "string"){
const err24 = {instancePath:instancePath+"/status",schemaPath:"common.schema.json#/$defs/ticketStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!((((((data5 === "new") || (data5 === "open")) || (data5 === "pending")) || (data5 === "on-hold")) || (data5 === "solved")) || (data5 === "closed"))){
const err25 = {instancePath:instancePath+"/status",schemaPath:"common.schema.json#/$defs/ticketStatus/enum",keyword:"enum",params:{allowedValues: schema53.enum},message:"must be equal to one of the allowed values",schema:schema53.enum,parentSchema:schema53,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.openedBy !== undefined){
let data6 = data.openedBy;
if(typeof data6 !== "string"){
const err26 = {instancePath:instancePath+"/openedBy",schemaPath:"#/properties/openedBy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.openedBy.type,parentSchema:schema47.properties.openedBy,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!((data6 === "customer") || (data6 === "agent"))){
const err27 = {instancePath:instancePath+"/openedBy",schemaPath:"#/properties/openedBy/enum",keyword:"enum",params:{allowedValues: schema47.properties.openedBy.enum},message:"must be equal to one of the allowed values",schema:schema47.properties.openedBy.enum,parentSchema:schema47.properties.openedBy,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.team !== undefined){
let data7 = data.team;
if(typeof data7 !== "string"){
const err28 = {instancePath:instancePath+"/team",schemaPath:"#/properties/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.team.type,parentSchema:schema47.properties.team,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.category !== undefined){
let data8 = data.category;
if(typeof data8 === "string"){
if(func3(data8) > 120){
const err29 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema47.properties.category,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.category.type,parentSchema:schema47.properties.category,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.tags !== undefined){
let data9 = data.tags;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(typeof data10 === "string"){
if(func3(data10) > 120){
const err31 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema47.properties.tags.items,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.tags.items.type,parentSchema:schema47.properties.tags.items,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
let i1 = data9.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data9[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err33 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema47.properties.tags,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err34 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.tags.type,parentSchema:schema47.properties.tags,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.replies !== undefined){
let data11 = data.replies;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i2=0; i2<len1; i2++){
let data12 = data11[i2];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.at === undefined){
const err35 = {instancePath:instancePath+"/replies/" + i2,schemaPath:"#/properties/replies/items/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema47.properties.replies.items.required,parentSchema:schema47.properties.replies.items,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data12.by === undefined){
const err36 = {instancePath:instancePath+"/replies/" + i2,schemaPath:"#/properties/replies/items/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'",schema:schema47.properties.replies.items.required,parentSchema:schema47.properties.replies.items,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key1 in data12){
if(!((key1 === "at") || (key1 === "by"))){
const err37 = {instancePath:instancePath+"/replies/" + i2,schemaPath:"#/properties/replies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.replies.items,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data12.at !== undefined){
let data13 = data12.at;
if(typeof data13 === "string"){
if(!pattern5.test(data13)){
const err38 = {instancePath:instancePath+"/replies/" + i2+"/at",schemaPath:"#/$defs/instant/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema48,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!(formats0.validate(data13))){
const err39 = {instancePath:instancePath+"/replies/" + i2+"/at",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema48,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/replies/" + i2+"/at",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data12.by !== undefined){
let data14 = data12.by;
if(typeof data14 !== "string"){
const err41 = {instancePath:instancePath+"/replies/" + i2+"/by",schemaPath:"#/properties/replies/items/properties/by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.replies.items.properties.by.type,parentSchema:schema47.properties.replies.items.properties.by,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!((data14 === "agent") || (data14 === "customer"))){
const err42 = {instancePath:instancePath+"/replies/" + i2+"/by",schemaPath:"#/properties/replies/items/properties/by/enum",keyword:"enum",params:{allowedValues: schema47.properties.replies.items.properties.by.enum},message:"must be equal to one of the allowed values",schema:schema47.properties.replies.items.properties.by.enum,parentSchema:schema47.properties.replies.items.properties.by,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/replies/" + i2,schemaPath:"#/properties/replies/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.replies.items.type,parentSchema:schema47.properties.replies.items,data:data12};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/replies",schemaPath:"#/properties/replies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.replies.type,parentSchema:schema47.properties.replies,data:data11};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.statusChanges !== undefined){
let data15 = data.statusChanges;
if(Array.isArray(data15)){
const len2 = data15.length;
for(let i3=0; i3<len2; i3++){
let data16 = data15[i3];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.at === undefined){
const err45 = {instancePath:instancePath+"/statusChanges/" + i3,schemaPath:"#/properties/statusChanges/items/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema47.properties.statusChanges.items.required,parentSchema:schema47.properties.statusChanges.items,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data16.status === undefined){
const err46 = {instancePath:instancePath+"/statusChanges/" + i3,schemaPath:"#/properties/statusChanges/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema47.properties.statusChanges.items.required,parentSchema:schema47.properties.statusChanges.items,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key2 in data16){
if(!((key2 === "at") || (key2 === "status"))){
const err47 = {instancePath:instancePath+"/statusChanges/" + i3,schemaPath:"#/properties/statusChanges/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.statusChanges.items,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data16.at !== undefined){
let data17 = data16.at;
if(typeof data17 === "string"){
if(!pattern5.test(data17)){
const err48 = {instancePath:instancePath+"/statusChanges/" + i3+"/at",schemaPath:"#/$defs/instant/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema48,data:data17};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!(formats0.validate(data17))){
const err49 = {instancePath:instancePath+"/statusChanges/" + i3+"/at",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema48,data:data17};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/statusChanges/" + i3+"/at",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data17};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data16.status !== undefined){
let data18 = data16.status;
if(typeof data18 !== "string"){
const err51 = {instancePath:instancePath+"/statusChanges/" + i3+"/status",schemaPath:"common.schema.json#/$defs/ticketStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.type,parentSchema:schema53,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!((((((data18 === "new") || (data18 === "open")) || (data18 === "pending")) || (data18 === "on-hold")) || (data18 === "solved")) || (data18 === "closed"))){
const err52 = {instancePath:instancePath+"/statusChanges/" + i3+"/status",schemaPath:"common.schema.json#/$defs/ticketStatus/enum",keyword:"enum",params:{allowedValues: schema53.enum},message:"must be equal to one of the allowed values",schema:schema53.enum,parentSchema:schema53,data:data18};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/statusChanges/" + i3,schemaPath:"#/properties/statusChanges/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.statusChanges.items.type,parentSchema:schema47.properties.statusChanges.items,data:data16};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/statusChanges",schemaPath:"#/properties/statusChanges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.statusChanges.type,parentSchema:schema47.properties.statusChanges,data:data15};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.satisfaction !== undefined){
let data19 = data.satisfaction;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.at === undefined){
const err55 = {instancePath:instancePath+"/satisfaction",schemaPath:"#/properties/satisfaction/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema47.properties.satisfaction.required,parentSchema:schema47.properties.satisfaction,data:data19};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data19.rating === undefined){
const err56 = {instancePath:instancePath+"/satisfaction",schemaPath:"#/properties/satisfaction/required",keyword:"required",params:{missingProperty: "rating"},message:"must have required property '"+"rating"+"'",schema:schema47.properties.satisfaction.required,parentSchema:schema47.properties.satisfaction,data:data19};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key3 in data19){
if(!((key3 === "at") || (key3 === "rating"))){
const err57 = {instancePath:instancePath+"/satisfaction",schemaPath:"#/properties/satisfaction/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.satisfaction,data:data19};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data19.at !== undefined){
let data20 = data19.at;
if(typeof data20 === "string"){
if(!pattern5.test(data20)){
const err58 = {instancePath:instancePath+"/satisfaction/at",schemaPath:"#/$defs/instant/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema48,data:data20};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(!(formats0.validate(data20))){
const err59 = {instancePath:instancePath+"/satisfaction/at",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema48,data:data20};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/satisfaction/at",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data20};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data19.rating !== undefined){
let data21 = data19.rating;
const _errs57 = errors;
let valid20 = false;
let passing0 = null;
const _errs58 = errors;
if(typeof data21 !== "string"){
const err61 = {instancePath:instancePath+"/satisfaction/rating",schemaPath:"#/properties/satisfaction/properties/rating/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.satisfaction.properties.rating.oneOf[0].type,parentSchema:schema47.properties.satisfaction.properties.rating.oneOf[0],data:data21};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!((data21 === "good") || (data21 === "bad"))){
const err62 = {instancePath:instancePath+"/satisfaction/rating",schemaPath:"#/properties/satisfaction/properties/rating/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema47.properties.satisfaction.properties.rating.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema47.properties.satisfaction.properties.rating.oneOf[0].enum,parentSchema:schema47.properties.satisfaction.properties.rating.oneOf[0],data:data21};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid0 = _errs58 === errors;
if(_valid0){
valid20 = true;
passing0 = 0;
}
const _errs60 = errors;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err63 = {instancePath:instancePath+"/satisfaction/rating",schemaPath:"#/properties/satisfaction/properties/rating/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.satisfaction.properties.rating.oneOf[1].type,parentSchema:schema47.properties.satisfaction.properties.rating.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 5 || isNaN(data21)){
const err64 = {instancePath:instancePath+"/satisfaction/rating",schemaPath:"#/properties/satisfaction/properties/rating/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5",schema:5,parentSchema:schema47.properties.satisfaction.properties.rating.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data21 < 1 || isNaN(data21)){
const err65 = {instancePath:instancePath+"/satisfaction/rating",schemaPath:"#/properties/satisfaction/properties/rating/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema47.properties.satisfaction.properties.rating.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
var _valid0 = _errs60 === errors;
if(_valid0 && valid20){
valid20 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid20 = true;
passing0 = 1;
}
}
if(!valid20){
const err66 = {instancePath:instancePath+"/satisfaction/rating",schemaPath:"#/properties/satisfaction/properties/rating/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema47.properties.satisfaction.properties.rating.oneOf,parentSchema:schema47.properties.satisfaction.properties.rating,data:data21};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
else {
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err67 = {instancePath:instancePath+"/satisfaction",schemaPath:"#/properties/satisfaction/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.satisfaction.type,parentSchema:schema47.properties.satisfaction,data:data19};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data.nps !== undefined){
let data22 = data.nps;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.at === undefined){
const err68 = {instancePath:instancePath+"/nps",schemaPath:"#/properties/nps/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema47.properties.nps.required,parentSchema:schema47.properties.nps,data:data22};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data22.score === undefined){
const err69 = {instancePath:instancePath+"/nps",schemaPath:"#/properties/nps/required",keyword:"required",params:{missingProperty: "score"},message:"must have required property '"+"score"+"'",schema:schema47.properties.nps.required,parentSchema:schema47.properties.nps,data:data22};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
for(const key4 in data22){
if(!((key4 === "at") || (key4 === "score"))){
const err70 = {instancePath:instancePath+"/nps",schemaPath:"#/properties/nps/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.nps,data:data22};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data22.at !== undefined){
let data23 = data22.at;
if(typeof data23 === "string"){
if(!pattern5.test(data23)){
const err71 = {instancePath:instancePath+"/nps/at",schemaPath:"#/$defs/instant/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema48,data:data23};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(!(formats0.validate(data23))){
const err72 = {instancePath:instancePath+"/nps/at",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema48,data:data23};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/nps/at",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data23};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data22.score !== undefined){
let data24 = data22.score;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err74 = {instancePath:instancePath+"/nps/score",schemaPath:"#/properties/nps/properties/score/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema47.properties.nps.properties.score.type,parentSchema:schema47.properties.nps.properties.score,data:data24};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 10 || isNaN(data24)){
const err75 = {instancePath:instancePath+"/nps/score",schemaPath:"#/properties/nps/properties/score/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema47.properties.nps.properties.score,data:data24};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data24 < 0 || isNaN(data24)){
const err76 = {instancePath:instancePath+"/nps/score",schemaPath:"#/properties/nps/properties/score/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.nps.properties.score,data:data24};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
}
else {
const err77 = {instancePath:instancePath+"/nps",schemaPath:"#/properties/nps/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.nps.type,parentSchema:schema47.properties.nps,data:data22};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data.helpdeskMetrics !== undefined){
let data25 = data.helpdeskMetrics;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key5 in data25){
if(!((key5 === "firstReplyMinutes") || (key5 === "fullResolutionMinutes"))){
const err78 = {instancePath:instancePath+"/helpdeskMetrics",schemaPath:"#/properties/helpdeskMetrics/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.helpdeskMetrics,data:data25};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data25.firstReplyMinutes !== undefined){
let data26 = data25.firstReplyMinutes;
if((!((typeof data26 == "number") && (isFinite(data26)))) && (data26 !== null)){
const err79 = {instancePath:instancePath+"/helpdeskMetrics/firstReplyMinutes",schemaPath:"#/properties/helpdeskMetrics/properties/firstReplyMinutes/type",keyword:"type",params:{type: schema47.properties.helpdeskMetrics.properties.firstReplyMinutes.type},message:"must be number,null",schema:schema47.properties.helpdeskMetrics.properties.firstReplyMinutes.type,parentSchema:schema47.properties.helpdeskMetrics.properties.firstReplyMinutes,data:data26};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 < 0 || isNaN(data26)){
const err80 = {instancePath:instancePath+"/helpdeskMetrics/firstReplyMinutes",schemaPath:"#/properties/helpdeskMetrics/properties/firstReplyMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.helpdeskMetrics.properties.firstReplyMinutes,data:data26};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
}
if(data25.fullResolutionMinutes !== undefined){
let data27 = data25.fullResolutionMinutes;
if((!((typeof data27 == "number") && (isFinite(data27)))) && (data27 !== null)){
const err81 = {instancePath:instancePath+"/helpdeskMetrics/fullResolutionMinutes",schemaPath:"#/properties/helpdeskMetrics/properties/fullResolutionMinutes/type",keyword:"type",params:{type: schema47.properties.helpdeskMetrics.properties.fullResolutionMinutes.type},message:"must be number,null",schema:schema47.properties.helpdeskMetrics.properties.fullResolutionMinutes.type,parentSchema:schema47.properties.helpdeskMetrics.properties.fullResolutionMinutes,data:data27};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 < 0 || isNaN(data27)){
const err82 = {instancePath:instancePath+"/helpdeskMetrics/fullResolutionMinutes",schemaPath:"#/properties/helpdeskMetrics/properties/fullResolutionMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema47.properties.helpdeskMetrics.properties.fullResolutionMinutes,data:data27};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
}
else {
const err83 = {instancePath:instancePath+"/helpdeskMetrics",schemaPath:"#/properties/helpdeskMetrics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.helpdeskMetrics.type,parentSchema:schema47.properties.helpdeskMetrics,data:data25};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.qa !== undefined){
let data28 = data.qa;
if(Array.isArray(data28)){
const len3 = data28.length;
for(let i4=0; i4<len3; i4++){
let data29 = data28[i4];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.scorecard === undefined){
const err84 = {instancePath:instancePath+"/qa/" + i4,schemaPath:"#/properties/qa/items/required",keyword:"required",params:{missingProperty: "scorecard"},message:"must have required property '"+"scorecard"+"'",schema:schema47.properties.qa.items.required,parentSchema:schema47.properties.qa.items,data:data29};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data29.at === undefined){
const err85 = {instancePath:instancePath+"/qa/" + i4,schemaPath:"#/properties/qa/items/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema47.properties.qa.items.required,parentSchema:schema47.properties.qa.items,data:data29};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data29.results === undefined){
const err86 = {instancePath:instancePath+"/qa/" + i4,schemaPath:"#/properties/qa/items/required",keyword:"required",params:{missingProperty: "results"},message:"must have required property '"+"results"+"'",schema:schema47.properties.qa.items.required,parentSchema:schema47.properties.qa.items,data:data29};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
for(const key6 in data29){
if(!(((key6 === "scorecard") || (key6 === "at")) || (key6 === "results"))){
const err87 = {instancePath:instancePath+"/qa/" + i4,schemaPath:"#/properties/qa/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.qa.items,data:data29};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data29.scorecard !== undefined){
let data30 = data29.scorecard;
if(typeof data30 !== "string"){
const err88 = {instancePath:instancePath+"/qa/" + i4+"/scorecard",schemaPath:"#/properties/qa/items/properties/scorecard/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.qa.items.properties.scorecard.type,parentSchema:schema47.properties.qa.items.properties.scorecard,data:data30};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data29.at !== undefined){
let data31 = data29.at;
if(typeof data31 === "string"){
if(!pattern5.test(data31)){
const err89 = {instancePath:instancePath+"/qa/" + i4+"/at",schemaPath:"#/$defs/instant/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema48,data:data31};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(!(formats0.validate(data31))){
const err90 = {instancePath:instancePath+"/qa/" + i4+"/at",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema48,data:data31};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
else {
const err91 = {instancePath:instancePath+"/qa/" + i4+"/at",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data31};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data29.results !== undefined){
let data32 = data29.results;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
for(const key7 in data32){
let data33 = data32[key7];
if(typeof data33 !== "string"){
const err92 = {instancePath:instancePath+"/qa/" + i4+"/results/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/qa/items/properties/results/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.qa.items.properties.results.additionalProperties.type,parentSchema:schema47.properties.qa.items.properties.results.additionalProperties,data:data33};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(!(((data33 === "pass") || (data33 === "fail")) || (data33 === "na"))){
const err93 = {instancePath:instancePath+"/qa/" + i4+"/results/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/qa/items/properties/results/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema47.properties.qa.items.properties.results.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema47.properties.qa.items.properties.results.additionalProperties.enum,parentSchema:schema47.properties.qa.items.properties.results.additionalProperties,data:data33};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
}
else {
const err94 = {instancePath:instancePath+"/qa/" + i4+"/results",schemaPath:"#/properties/qa/items/properties/results/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.qa.items.properties.results.type,parentSchema:schema47.properties.qa.items.properties.results,data:data32};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
else {
const err95 = {instancePath:instancePath+"/qa/" + i4,schemaPath:"#/properties/qa/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.qa.items.type,parentSchema:schema47.properties.qa.items,data:data29};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
else {
const err96 = {instancePath:instancePath+"/qa",schemaPath:"#/properties/qa/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.qa.type,parentSchema:schema47.properties.qa,data:data28};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

exports.schemasDigest = "c1cfd42c3549f0b6370fabb20e6f612cfb04707d9eb6421d68d24ec052459ea6";
