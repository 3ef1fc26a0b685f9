// Generated from schemas/*.schema.json by `npm run generate:types` (ajv 8.20.0 standalone code). Do not edit by hand.
// Validators of acknowledgement.schema.json, qa-review.schema.json, status.schema.json, ticket.schema.json, by schema file name.
"use strict";
var validate20 = (function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="acknowledgement.schema.json" */;
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
if(data.sop === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sop"},message:"must have required property '"+"sop"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.version === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.person === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "person"},message:"must have required property '"+"person"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.at === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.via === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "via"},message:"must have required property '"+"via"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "sop") || (key0 === "version")) || (key0 === "person")) || (key0 === "at")) || (key0 === "via")) || (key0 === "githubId")) || (key0 === "logins"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.sop !== undefined){
let data0 = data.sop;
if(typeof data0 === "string"){
if(func1(data0) > 64){
const err6 = {instancePath:instancePath+"/sop",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern4.test(data0)){
const err7 = {instancePath:instancePath+"/sop",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/sop",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.version !== undefined){
let data1 = data.version;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err9 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.version.type,parentSchema:schema31.properties.version,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 < 1 || isNaN(data1)){
const err10 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.version,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.person !== undefined){
let data2 = data.person;
if(typeof data2 === "string"){
if(func1(data2) > 80){
const err11 = {instancePath:instancePath+"/person",schemaPath:"#/properties/person/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema31.properties.person,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func1(data2) < 1){
const err12 = {instancePath:instancePath+"/person",schemaPath:"#/properties/person/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.person,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern5.test(data2)){
const err13 = {instancePath:instancePath+"/person",schemaPath:"#/properties/person/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9-]+|(staff|email):[A-Za-z0-9._-]+)$"},message:"must match pattern \""+"^([A-Za-z0-9-]+|(staff|email):[A-Za-z0-9._-]+)$"+"\"",schema:"^([A-Za-z0-9-]+|(staff|email):[A-Za-z0-9._-]+)$",parentSchema:schema31.properties.person,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/person",schemaPath:"#/properties/person/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.person.type,parentSchema:schema31.properties.person,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.at !== undefined){
let data3 = data.at;
if(typeof data3 === "string"){
if(!pattern6.test(data3)){
const err15 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema31.properties.at,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(formats0.validate(data3))){
const err16 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema31.properties.at,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/at",schemaPath:"#/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.at.type,parentSchema:schema31.properties.at,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.via !== undefined){
let data4 = data.via;
if(typeof data4 !== "string"){
const err18 = {instancePath:instancePath+"/via",schemaPath:"#/properties/via/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.via.type,parentSchema:schema31.properties.via,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(((data4 === "reaction") || (data4 === "comment")) || (data4 === "csv"))){
const err19 = {instancePath:instancePath+"/via",schemaPath:"#/properties/via/enum",keyword:"enum",params:{allowedValues: schema31.properties.via.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.via.enum,parentSchema:schema31.properties.via,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.githubId !== undefined){
let data5 = data.githubId;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err20 = {instancePath:instancePath+"/githubId",schemaPath:"#/properties/githubId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.githubId.type,parentSchema:schema31.properties.githubId,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 1 || isNaN(data5)){
const err21 = {instancePath:instancePath+"/githubId",schemaPath:"#/properties/githubId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.githubId,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
if(data.logins !== undefined){
let data6 = data.logins;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 !== "string"){
const err22 = {instancePath:instancePath+"/logins/" + i0,schemaPath:"#/properties/logins/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.logins.items.type,parentSchema:schema31.properties.logins.items,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
let i1 = data6.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data6[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err23 = {instancePath:instancePath+"/logins",schemaPath:"#/properties/logins/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema31.properties.logins,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err24 = {instancePath:instancePath+"/logins",schemaPath:"#/properties/logins/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.logins.type,parentSchema:schema31.properties.logins,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
});
var validate22 = (function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="qa-review.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.key === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.ticket === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ticket"},message:"must have required property '"+"ticket"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.at === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.scorecard === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "scorecard"},message:"must have required property '"+"scorecard"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.reviewer === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reviewer"},message:"must have required property '"+"reviewer"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.agent === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agent"},message:"must have required property '"+"agent"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.results === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "results"},message:"must have required property '"+"results"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func4.call(schema34.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.key !== undefined){
let data0 = data.key;
if(typeof data0 === "string"){
if(func1(data0) > 300){
const err8 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters",schema:300,parentSchema:schema34.properties.key,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func1(data0) < 1){
const err9 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.key,data:data0};
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
const err10 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.key.type,parentSchema:schema34.properties.key,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.ticket !== undefined){
let data1 = data.ticket;
if(typeof data1 === "string"){
if(func1(data1) > 64){
const err11 = {instancePath:instancePath+"/ticket",schemaPath:"#/properties/ticket/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema34.properties.ticket,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func1(data1) < 1){
const err12 = {instancePath:instancePath+"/ticket",schemaPath:"#/properties/ticket/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34.properties.ticket,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern7.test(data1)){
const err13 = {instancePath:instancePath+"/ticket",schemaPath:"#/properties/ticket/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._:-]+$"+"\"",schema:"^[A-Za-z0-9._:-]+$",parentSchema:schema34.properties.ticket,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/ticket",schemaPath:"#/properties/ticket/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.ticket.type,parentSchema:schema34.properties.ticket,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.at !== undefined){
let data2 = data.at;
if(typeof data2 === "string"){
if(!pattern6.test(data2)){
const err15 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/instant/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema35,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(formats0.validate(data2))){
const err16 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema35,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/at",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.scorecard !== undefined){
let data3 = data.scorecard;
if(typeof data3 !== "string"){
const err18 = {instancePath:instancePath+"/scorecard",schemaPath:"#/properties/scorecard/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.scorecard.type,parentSchema:schema34.properties.scorecard,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.reviewer !== undefined){
let data4 = data.reviewer;
if(typeof data4 === "string"){
if(func1(data4) > 80){
const err19 = {instancePath:instancePath+"/reviewer",schemaPath:"#/$defs/person/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func1(data4) < 1){
const err20 = {instancePath:instancePath+"/reviewer",schemaPath:"#/$defs/person/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern9.test(data4)){
const err21 = {instancePath:instancePath+"/reviewer",schemaPath:"#/$defs/person/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9-]+|(staff|email|anon):[A-Za-z0-9._-]+)$"},message:"must match pattern \""+"^([A-Za-z0-9-]+|(staff|email|anon):[A-Za-z0-9._-]+)$"+"\"",schema:"^([A-Za-z0-9-]+|(staff|email|anon):[A-Za-z0-9._-]+)$",parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/reviewer",schemaPath:"#/$defs/person/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.agent !== undefined){
let data5 = data.agent;
if(typeof data5 === "string"){
if(func1(data5) > 80){
const err23 = {instancePath:instancePath+"/agent",schemaPath:"#/$defs/person/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema36,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func1(data5) < 1){
const err24 = {instancePath:instancePath+"/agent",schemaPath:"#/$defs/person/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!pattern9.test(data5)){
const err25 = {instancePath:instancePath+"/agent",schemaPath:"#/$defs/person/pattern",keyword:"pattern",params:{pattern: "^([A-Za-z0-9-]+|(staff|email|anon):[A-Za-z0-9._-]+)$"},message:"must match pattern \""+"^([A-Za-z0-9-]+|(staff|email|anon):[A-Za-z0-9._-]+)$"+"\"",schema:"^([A-Za-z0-9-]+|(staff|email|anon):[A-Za-z0-9._-]+)$",parentSchema:schema36,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/agent",schemaPath:"#/$defs/person/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.type,parentSchema:schema36,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.results !== undefined){
let data6 = data.results;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
let data7 = data6[key1];
const _errs21 = errors;
let valid5 = false;
let passing0 = null;
const _errs22 = errors;
if(typeof data7 !== "string"){
const err27 = {instancePath:instancePath+"/results/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/additionalProperties/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.results.additionalProperties.oneOf[0].type,parentSchema:schema34.properties.results.additionalProperties.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!(((data7 === "pass") || (data7 === "fail")) || (data7 === "na"))){
const err28 = {instancePath:instancePath+"/results/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/additionalProperties/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema34.properties.results.additionalProperties.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema34.properties.results.additionalProperties.oneOf[0].enum,parentSchema:schema34.properties.results.additionalProperties.oneOf[0],data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid0 = _errs22 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs24 = errors;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1 || isNaN(data7)){
const err29 = {instancePath:instancePath+"/results/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/additionalProperties/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema34.properties.results.additionalProperties.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err30 = {instancePath:instancePath+"/results/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/additionalProperties/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema34.properties.results.additionalProperties.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/results/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/additionalProperties/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema34.properties.results.additionalProperties.oneOf[1].type,parentSchema:schema34.properties.results.additionalProperties.oneOf[1],data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid0 = _errs24 === errors;
if(_valid0 && valid5){
valid5 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid5 = true;
passing0 = 1;
}
}
if(!valid5){
const err32 = {instancePath:instancePath+"/results/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/results/additionalProperties/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema34.properties.results.additionalProperties.oneOf,parentSchema:schema34.properties.results.additionalProperties,data:data7};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs21;
if(vErrors !== null){
if(_errs21){
vErrors.length = _errs21;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err33 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.results.type,parentSchema:schema34.properties.results,data:data6};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.match !== undefined){
let data8 = data.match;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.day === undefined){
const err34 = {instancePath:instancePath+"/match",schemaPath:"#/properties/match/required",keyword:"required",params:{missingProperty: "day"},message:"must have required property '"+"day"+"'",schema:schema34.properties.match.required,parentSchema:schema34.properties.match,data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data8.created === undefined){
const err35 = {instancePath:instancePath+"/match",schemaPath:"#/properties/match/required",keyword:"required",params:{missingProperty: "created"},message:"must have required property '"+"created"+"'",schema:schema34.properties.match.required,parentSchema:schema34.properties.match,data:data8};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data8.priority === undefined){
const err36 = {instancePath:instancePath+"/match",schemaPath:"#/properties/match/required",keyword:"required",params:{missingProperty: "priority"},message:"must have required property '"+"priority"+"'",schema:schema34.properties.match.required,parentSchema:schema34.properties.match,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data8.channel === undefined){
const err37 = {instancePath:instancePath+"/match",schemaPath:"#/properties/match/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'",schema:schema34.properties.match.required,parentSchema:schema34.properties.match,data:data8};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data8.tags === undefined){
const err38 = {instancePath:instancePath+"/match",schemaPath:"#/properties/match/required",keyword:"required",params:{missingProperty: "tags"},message:"must have required property '"+"tags"+"'",schema:schema34.properties.match.required,parentSchema:schema34.properties.match,data:data8};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key2 in data8){
if(!((((((((key2 === "day") || (key2 === "created")) || (key2 === "ended")) || (key2 === "priority")) || (key2 === "channel")) || (key2 === "team")) || (key2 === "category")) || (key2 === "tags"))){
const err39 = {instancePath:instancePath+"/match",schemaPath:"#/properties/match/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema34.properties.match,data:data8};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data8.day !== undefined){
let data9 = data8.day;
if(typeof data9 === "string"){
if(!(formats4.validate(data9))){
const err40 = {instancePath:instancePath+"/match/day",schemaPath:"#/properties/match/properties/day/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema34.properties.match.properties.day,data:data9};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/match/day",schemaPath:"#/properties/match/properties/day/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.match.properties.day.type,parentSchema:schema34.properties.match.properties.day,data:data9};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data8.created !== undefined){
let data10 = data8.created;
if(typeof data10 === "string"){
if(!pattern6.test(data10)){
const err42 = {instancePath:instancePath+"/match/created",schemaPath:"#/$defs/instant/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema35,data:data10};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!(formats0.validate(data10))){
const err43 = {instancePath:instancePath+"/match/created",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema35,data:data10};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/match/created",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data10};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data8.ended !== undefined){
let data11 = data8.ended;
if(typeof data11 === "string"){
if(!pattern6.test(data11)){
const err45 = {instancePath:instancePath+"/match/ended",schemaPath:"#/$defs/instant/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema35,data:data11};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!(formats0.validate(data11))){
const err46 = {instancePath:instancePath+"/match/ended",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema35,data:data11};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/match/ended",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data11};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data8.priority !== undefined){
let data12 = data8.priority;
if(typeof data12 !== "string"){
const err48 = {instancePath:instancePath+"/match/priority",schemaPath:"common.schema.json#/$defs/priority/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data12};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!((((data12 === "low") || (data12 === "normal")) || (data12 === "high")) || (data12 === "urgent"))){
const err49 = {instancePath:instancePath+"/match/priority",schemaPath:"common.schema.json#/$defs/priority/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values",schema:schema40.enum,parentSchema:schema40,data:data12};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data8.channel !== undefined){
let data13 = data8.channel;
if(typeof data13 !== "string"){
const err50 = {instancePath:instancePath+"/match/channel",schemaPath:"common.schema.json#/$defs/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data13};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(!((((((data13 === "email") || (data13 === "web")) || (data13 === "chat")) || (data13 === "phone")) || (data13 === "social")) || (data13 === "api"))){
const err51 = {instancePath:instancePath+"/match/channel",schemaPath:"common.schema.json#/$defs/channel/enum",keyword:"enum",params:{allowedValues: schema41.enum},message:"must be equal to one of the allowed values",schema:schema41.enum,parentSchema:schema41,data:data13};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data8.team !== undefined){
let data14 = data8.team;
if(typeof data14 !== "string"){
const err52 = {instancePath:instancePath+"/match/team",schemaPath:"#/properties/match/properties/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.match.properties.team.type,parentSchema:schema34.properties.match.properties.team,data:data14};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data8.category !== undefined){
let data15 = data8.category;
if(typeof data15 !== "string"){
const err53 = {instancePath:instancePath+"/match/category",schemaPath:"#/properties/match/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.match.properties.category.type,parentSchema:schema34.properties.match.properties.category,data:data15};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data8.tags !== undefined){
let data16 = data8.tags;
if(Array.isArray(data16)){
const len0 = data16.length;
for(let i0=0; i0<len0; i0++){
let data17 = data16[i0];
if(typeof data17 !== "string"){
const err54 = {instancePath:instancePath+"/match/tags/" + i0,schemaPath:"#/properties/match/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.match.properties.tags.items.type,parentSchema:schema34.properties.match.properties.tags.items,data:data17};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/match/tags",schemaPath:"#/properties/match/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.properties.match.properties.tags.type,parentSchema:schema34.properties.match.properties.tags,data:data16};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/match",schemaPath:"#/properties/match/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.properties.match.type,parentSchema:schema34.properties.match,data:data8};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.problem !== undefined){
let data18 = data.problem;
if(typeof data18 !== "string"){
const err57 = {instancePath:instancePath+"/problem",schemaPath:"#/properties/problem/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.properties.problem.type,parentSchema:schema34.properties.problem,data:data18};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
});
var validate23 = (function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="status.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.schemaVersion === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.organisation === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "organisation"},message:"must have required property '"+"organisation"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.now === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "now"},message:"must have required property '"+"now"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.generatedAt === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generatedAt"},message:"must have required property '"+"generatedAt"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.summary === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.standards === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standards"},message:"must have required property '"+"standards"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.teams === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "teams"},message:"must have required property '"+"teams"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "schemaVersion") || (key0 === "organisation")) || (key0 === "now")) || (key0 === "generatedAt")) || (key0 === "summary")) || (key0 === "standards")) || (key0 === "teams"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
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
const err8 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema42.properties.schemaVersion,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.organisation !== undefined){
let data1 = data.organisation;
if(typeof data1 !== "string"){
const err9 = {instancePath:instancePath+"/organisation",schemaPath:"#/properties/organisation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.organisation.type,parentSchema:schema42.properties.organisation,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.now !== undefined){
let data2 = data.now;
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err10 = {instancePath:instancePath+"/now",schemaPath:"#/properties/now/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema42.properties.now,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/now",schemaPath:"#/properties/now/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.now.type,parentSchema:schema42.properties.now,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.generatedAt !== undefined){
let data3 = data.generatedAt;
if(typeof data3 === "string"){
if(!(formats0.validate(data3))){
const err12 = {instancePath:instancePath+"/generatedAt",schemaPath:"#/properties/generatedAt/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema42.properties.generatedAt,data:data3};
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
const err13 = {instancePath:instancePath+"/generatedAt",schemaPath:"#/properties/generatedAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.generatedAt.type,parentSchema:schema42.properties.generatedAt,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.summary !== undefined){
let data4 = data.summary;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.met === undefined){
const err14 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "met"},message:"must have required property '"+"met"+"'",schema:schema42.properties.summary.required,parentSchema:schema42.properties.summary,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4["at-risk"] === undefined){
const err15 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "at-risk"},message:"must have required property '"+"at-risk"+"'",schema:schema42.properties.summary.required,parentSchema:schema42.properties.summary,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data4.breached === undefined){
const err16 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "breached"},message:"must have required property '"+"breached"+"'",schema:schema42.properties.summary.required,parentSchema:schema42.properties.summary,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4["no-data"] === undefined){
const err17 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "no-data"},message:"must have required property '"+"no-data"+"'",schema:schema42.properties.summary.required,parentSchema:schema42.properties.summary,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data4){
if(!((((key1 === "met") || (key1 === "at-risk")) || (key1 === "breached")) || (key1 === "no-data"))){
const err18 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema42.properties.summary,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.met !== undefined){
let data5 = data4.met;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err19 = {instancePath:instancePath+"/summary/met",schemaPath:"#/properties/summary/properties/met/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema42.properties.summary.properties.met.type,parentSchema:schema42.properties.summary.properties.met,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
const err20 = {instancePath:instancePath+"/summary/met",schemaPath:"#/properties/summary/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.summary.properties.met,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data4["at-risk"] !== undefined){
let data6 = data4["at-risk"];
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err21 = {instancePath:instancePath+"/summary/at-risk",schemaPath:"#/properties/summary/properties/at-risk/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema42.properties.summary.properties["at-risk"].type,parentSchema:schema42.properties.summary.properties["at-risk"],data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err22 = {instancePath:instancePath+"/summary/at-risk",schemaPath:"#/properties/summary/properties/at-risk/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.summary.properties["at-risk"],data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
if(data4.breached !== undefined){
let data7 = data4.breached;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err23 = {instancePath:instancePath+"/summary/breached",schemaPath:"#/properties/summary/properties/breached/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema42.properties.summary.properties.breached.type,parentSchema:schema42.properties.summary.properties.breached,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err24 = {instancePath:instancePath+"/summary/breached",schemaPath:"#/properties/summary/properties/breached/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.summary.properties.breached,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
if(data4["no-data"] !== undefined){
let data8 = data4["no-data"];
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err25 = {instancePath:instancePath+"/summary/no-data",schemaPath:"#/properties/summary/properties/no-data/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema42.properties.summary.properties["no-data"].type,parentSchema:schema42.properties.summary.properties["no-data"],data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 < 0 || isNaN(data8)){
const err26 = {instancePath:instancePath+"/summary/no-data",schemaPath:"#/properties/summary/properties/no-data/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema42.properties.summary.properties["no-data"],data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
}
else {
const err27 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.summary.type,parentSchema:schema42.properties.summary,data:data4};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.standards !== undefined){
let data9 = data.standards;
if(Array.isArray(data9)){
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
let data10 = data9[i0];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.id === undefined){
const err28 = {instancePath:instancePath+"/standards/" + i0,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema42.properties.standards.items.required,parentSchema:schema42.properties.standards.items,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data10.title === undefined){
const err29 = {instancePath:instancePath+"/standards/" + i0,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema42.properties.standards.items.required,parentSchema:schema42.properties.standards.items,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data10.owner === undefined){
const err30 = {instancePath:instancePath+"/standards/" + i0,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema42.properties.standards.items.required,parentSchema:schema42.properties.standards.items,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data10.status === undefined){
const err31 = {instancePath:instancePath+"/standards/" + i0,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema42.properties.standards.items.required,parentSchema:schema42.properties.standards.items,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data10.value === undefined){
const err32 = {instancePath:instancePath+"/standards/" + i0,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema42.properties.standards.items.required,parentSchema:schema42.properties.standards.items,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data10.goal === undefined){
const err33 = {instancePath:instancePath+"/standards/" + i0,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "goal"},message:"must have required property '"+"goal"+"'",schema:schema42.properties.standards.items.required,parentSchema:schema42.properties.standards.items,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data10.budget === undefined){
const err34 = {instancePath:instancePath+"/standards/" + i0,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "budget"},message:"must have required property '"+"budget"+"'",schema:schema42.properties.standards.items.required,parentSchema:schema42.properties.standards.items,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data10.since === undefined){
const err35 = {instancePath:instancePath+"/standards/" + i0,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "since"},message:"must have required property '"+"since"+"'",schema:schema42.properties.standards.items.required,parentSchema:schema42.properties.standards.items,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data10.page === undefined){
const err36 = {instancePath:instancePath+"/standards/" + i0,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "page"},message:"must have required property '"+"page"+"'",schema:schema42.properties.standards.items.required,parentSchema:schema42.properties.standards.items,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key2 in data10){
if(!(func4.call(schema42.properties.standards.items.properties, key2))){
const err37 = {instancePath:instancePath+"/standards/" + i0,schemaPath:"#/properties/standards/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema42.properties.standards.items,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data10.id !== undefined){
let data11 = data10.id;
if(typeof data11 !== "string"){
const err38 = {instancePath:instancePath+"/standards/" + i0+"/id",schemaPath:"#/properties/standards/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.standards.items.properties.id.type,parentSchema:schema42.properties.standards.items.properties.id,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data10.title !== undefined){
let data12 = data10.title;
if(typeof data12 !== "string"){
const err39 = {instancePath:instancePath+"/standards/" + i0+"/title",schemaPath:"#/properties/standards/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.standards.items.properties.title.type,parentSchema:schema42.properties.standards.items.properties.title,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data10.owner !== undefined){
let data13 = data10.owner;
if(typeof data13 !== "string"){
const err40 = {instancePath:instancePath+"/standards/" + i0+"/owner",schemaPath:"#/properties/standards/items/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.standards.items.properties.owner.type,parentSchema:schema42.properties.standards.items.properties.owner,data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data10.status !== undefined){
let data14 = data10.status;
if(typeof data14 !== "string"){
const err41 = {instancePath:instancePath+"/standards/" + i0+"/status",schemaPath:"#/$defs/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!((((data14 === "met") || (data14 === "at-risk")) || (data14 === "breached")) || (data14 === "no-data"))){
const err42 = {instancePath:instancePath+"/standards/" + i0+"/status",schemaPath:"#/$defs/status/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data10.value !== undefined){
let data15 = data10.value;
if((!((typeof data15 == "number") && (isFinite(data15)))) && (data15 !== null)){
const err43 = {instancePath:instancePath+"/standards/" + i0+"/value",schemaPath:"#/properties/standards/items/properties/value/type",keyword:"type",params:{type: schema42.properties.standards.items.properties.value.type},message:"must be number,null",schema:schema42.properties.standards.items.properties.value.type,parentSchema:schema42.properties.standards.items.properties.value,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data10.goal !== undefined){
let data16 = data10.goal;
if((!(data16 && typeof data16 == "object" && !Array.isArray(data16))) && (data16 !== null)){
const err44 = {instancePath:instancePath+"/standards/" + i0+"/goal",schemaPath:"#/properties/standards/items/properties/goal/type",keyword:"type",params:{type: schema42.properties.standards.items.properties.goal.type},message:"must be object,null",schema:schema42.properties.standards.items.properties.goal.type,parentSchema:schema42.properties.standards.items.properties.goal,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.direction === undefined){
const err45 = {instancePath:instancePath+"/standards/" + i0+"/goal",schemaPath:"#/properties/standards/items/properties/goal/required",keyword:"required",params:{missingProperty: "direction"},message:"must have required property '"+"direction"+"'",schema:schema42.properties.standards.items.properties.goal.required,parentSchema:schema42.properties.standards.items.properties.goal,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data16.value === undefined){
const err46 = {instancePath:instancePath+"/standards/" + i0+"/goal",schemaPath:"#/properties/standards/items/properties/goal/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema42.properties.standards.items.properties.goal.required,parentSchema:schema42.properties.standards.items.properties.goal,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data16.text === undefined){
const err47 = {instancePath:instancePath+"/standards/" + i0+"/goal",schemaPath:"#/properties/standards/items/properties/goal/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema42.properties.standards.items.properties.goal.required,parentSchema:schema42.properties.standards.items.properties.goal,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
for(const key3 in data16){
if(!((((key3 === "direction") || (key3 === "value")) || (key3 === "text")) || (key3 === "judged"))){
const err48 = {instancePath:instancePath+"/standards/" + i0+"/goal",schemaPath:"#/properties/standards/items/properties/goal/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema42.properties.standards.items.properties.goal,data:data16};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data16.direction !== undefined){
let data17 = data16.direction;
if(typeof data17 !== "string"){
const err49 = {instancePath:instancePath+"/standards/" + i0+"/goal/direction",schemaPath:"#/properties/standards/items/properties/goal/properties/direction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.standards.items.properties.goal.properties.direction.type,parentSchema:schema42.properties.standards.items.properties.goal.properties.direction,data:data17};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(!((data17 === "min") || (data17 === "max"))){
const err50 = {instancePath:instancePath+"/standards/" + i0+"/goal/direction",schemaPath:"#/properties/standards/items/properties/goal/properties/direction/enum",keyword:"enum",params:{allowedValues: schema42.properties.standards.items.properties.goal.properties.direction.enum},message:"must be equal to one of the allowed values",schema:schema42.properties.standards.items.properties.goal.properties.direction.enum,parentSchema:schema42.properties.standards.items.properties.goal.properties.direction,data:data17};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data16.value !== undefined){
let data18 = data16.value;
if(!((typeof data18 == "number") && (isFinite(data18)))){
const err51 = {instancePath:instancePath+"/standards/" + i0+"/goal/value",schemaPath:"#/properties/standards/items/properties/goal/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.properties.standards.items.properties.goal.properties.value.type,parentSchema:schema42.properties.standards.items.properties.goal.properties.value,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data16.text !== undefined){
let data19 = data16.text;
if(typeof data19 !== "string"){
const err52 = {instancePath:instancePath+"/standards/" + i0+"/goal/text",schemaPath:"#/properties/standards/items/properties/goal/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.standards.items.properties.goal.properties.text.type,parentSchema:schema42.properties.standards.items.properties.goal.properties.text,data:data19};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data16.judged !== undefined){
let data20 = data16.judged;
if(typeof data20 !== "string"){
const err53 = {instancePath:instancePath+"/standards/" + i0+"/goal/judged",schemaPath:"#/properties/standards/items/properties/goal/properties/judged/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.standards.items.properties.goal.properties.judged.type,parentSchema:schema42.properties.standards.items.properties.goal.properties.judged,data:data20};
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
}
if(data10.budget !== undefined){
let data21 = data10.budget;
if((!(data21 && typeof data21 == "object" && !Array.isArray(data21))) && (data21 !== null)){
const err54 = {instancePath:instancePath+"/standards/" + i0+"/budget",schemaPath:"#/properties/standards/items/properties/budget/type",keyword:"type",params:{type: schema42.properties.standards.items.properties.budget.type},message:"must be object,null",schema:schema42.properties.standards.items.properties.budget.type,parentSchema:schema42.properties.standards.items.properties.budget,data:data21};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.allowed === undefined){
const err55 = {instancePath:instancePath+"/standards/" + i0+"/budget",schemaPath:"#/properties/standards/items/properties/budget/required",keyword:"required",params:{missingProperty: "allowed"},message:"must have required property '"+"allowed"+"'",schema:schema42.properties.standards.items.properties.budget.required,parentSchema:schema42.properties.standards.items.properties.budget,data:data21};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data21.used === undefined){
const err56 = {instancePath:instancePath+"/standards/" + i0+"/budget",schemaPath:"#/properties/standards/items/properties/budget/required",keyword:"required",params:{missingProperty: "used"},message:"must have required property '"+"used"+"'",schema:schema42.properties.standards.items.properties.budget.required,parentSchema:schema42.properties.standards.items.properties.budget,data:data21};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data21.remaining === undefined){
const err57 = {instancePath:instancePath+"/standards/" + i0+"/budget",schemaPath:"#/properties/standards/items/properties/budget/required",keyword:"required",params:{missingProperty: "remaining"},message:"must have required property '"+"remaining"+"'",schema:schema42.properties.standards.items.properties.budget.required,parentSchema:schema42.properties.standards.items.properties.budget,data:data21};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
for(const key4 in data21){
if(!(((key4 === "allowed") || (key4 === "used")) || (key4 === "remaining"))){
const err58 = {instancePath:instancePath+"/standards/" + i0+"/budget",schemaPath:"#/properties/standards/items/properties/budget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema42.properties.standards.items.properties.budget,data:data21};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data21.allowed !== undefined){
let data22 = data21.allowed;
if(!((typeof data22 == "number") && (isFinite(data22)))){
const err59 = {instancePath:instancePath+"/standards/" + i0+"/budget/allowed",schemaPath:"#/properties/standards/items/properties/budget/properties/allowed/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.properties.standards.items.properties.budget.properties.allowed.type,parentSchema:schema42.properties.standards.items.properties.budget.properties.allowed,data:data22};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data21.used !== undefined){
let data23 = data21.used;
if(!((typeof data23 == "number") && (isFinite(data23)))){
const err60 = {instancePath:instancePath+"/standards/" + i0+"/budget/used",schemaPath:"#/properties/standards/items/properties/budget/properties/used/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.properties.standards.items.properties.budget.properties.used.type,parentSchema:schema42.properties.standards.items.properties.budget.properties.used,data:data23};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data21.remaining !== undefined){
let data24 = data21.remaining;
if(!((typeof data24 == "number") && (isFinite(data24)))){
const err61 = {instancePath:instancePath+"/standards/" + i0+"/budget/remaining",schemaPath:"#/properties/standards/items/properties/budget/properties/remaining/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.properties.standards.items.properties.budget.properties.remaining.type,parentSchema:schema42.properties.standards.items.properties.budget.properties.remaining,data:data24};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
}
}
if(data10.since !== undefined){
let data25 = data10.since;
if((typeof data25 !== "string") && (data25 !== null)){
const err62 = {instancePath:instancePath+"/standards/" + i0+"/since",schemaPath:"#/properties/standards/items/properties/since/type",keyword:"type",params:{type: schema42.properties.standards.items.properties.since.type},message:"must be string,null",schema:schema42.properties.standards.items.properties.since.type,parentSchema:schema42.properties.standards.items.properties.since,data:data25};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(typeof data25 === "string"){
if(!(formats4.validate(data25))){
const err63 = {instancePath:instancePath+"/standards/" + i0+"/since",schemaPath:"#/properties/standards/items/properties/since/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema42.properties.standards.items.properties.since,data:data25};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
if(data10.page !== undefined){
let data26 = data10.page;
if(typeof data26 !== "string"){
const err64 = {instancePath:instancePath+"/standards/" + i0+"/page",schemaPath:"#/properties/standards/items/properties/page/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.standards.items.properties.page.type,parentSchema:schema42.properties.standards.items.properties.page,data:data26};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/standards/" + i0,schemaPath:"#/properties/standards/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.standards.items.type,parentSchema:schema42.properties.standards.items,data:data10};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/standards",schemaPath:"#/properties/standards/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.standards.type,parentSchema:schema42.properties.standards,data:data9};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.teams !== undefined){
let data27 = data.teams;
if(Array.isArray(data27)){
const len1 = data27.length;
for(let i1=0; i1<len1; i1++){
let data28 = data27[i1];
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.id === undefined){
const err67 = {instancePath:instancePath+"/teams/" + i1,schemaPath:"#/properties/teams/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema42.properties.teams.items.required,parentSchema:schema42.properties.teams.items,data:data28};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data28.name === undefined){
const err68 = {instancePath:instancePath+"/teams/" + i1,schemaPath:"#/properties/teams/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema42.properties.teams.items.required,parentSchema:schema42.properties.teams.items,data:data28};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data28.status === undefined){
const err69 = {instancePath:instancePath+"/teams/" + i1,schemaPath:"#/properties/teams/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema42.properties.teams.items.required,parentSchema:schema42.properties.teams.items,data:data28};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data28.page === undefined){
const err70 = {instancePath:instancePath+"/teams/" + i1,schemaPath:"#/properties/teams/items/required",keyword:"required",params:{missingProperty: "page"},message:"must have required property '"+"page"+"'",schema:schema42.properties.teams.items.required,parentSchema:schema42.properties.teams.items,data:data28};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
for(const key5 in data28){
if(!((((key5 === "id") || (key5 === "name")) || (key5 === "status")) || (key5 === "page"))){
const err71 = {instancePath:instancePath+"/teams/" + i1,schemaPath:"#/properties/teams/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema42.properties.teams.items,data:data28};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data28.id !== undefined){
let data29 = data28.id;
if(typeof data29 !== "string"){
const err72 = {instancePath:instancePath+"/teams/" + i1+"/id",schemaPath:"#/properties/teams/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.teams.items.properties.id.type,parentSchema:schema42.properties.teams.items.properties.id,data:data29};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data28.name !== undefined){
let data30 = data28.name;
if(typeof data30 !== "string"){
const err73 = {instancePath:instancePath+"/teams/" + i1+"/name",schemaPath:"#/properties/teams/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.teams.items.properties.name.type,parentSchema:schema42.properties.teams.items.properties.name,data:data30};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data28.status !== undefined){
let data31 = data28.status;
const _errs70 = errors;
let valid11 = false;
const _errs71 = errors;
if(typeof data31 !== "string"){
const err74 = {instancePath:instancePath+"/teams/" + i1+"/status",schemaPath:"#/$defs/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.type,parentSchema:schema43,data:data31};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(!((((data31 === "met") || (data31 === "at-risk")) || (data31 === "breached")) || (data31 === "no-data"))){
const err75 = {instancePath:instancePath+"/teams/" + i1+"/status",schemaPath:"#/$defs/status/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data31};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
var _valid0 = _errs71 === errors;
valid11 = valid11 || _valid0;
const _errs74 = errors;
if(data31 !== null){
const err76 = {instancePath:instancePath+"/teams/" + i1+"/status",schemaPath:"#/properties/teams/items/properties/status/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema42.properties.teams.items.properties.status.anyOf[1].type,parentSchema:schema42.properties.teams.items.properties.status.anyOf[1],data:data31};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
var _valid0 = _errs74 === errors;
valid11 = valid11 || _valid0;
if(!valid11){
const err77 = {instancePath:instancePath+"/teams/" + i1+"/status",schemaPath:"#/properties/teams/items/properties/status/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema42.properties.teams.items.properties.status.anyOf,parentSchema:schema42.properties.teams.items.properties.status,data:data31};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
else {
errors = _errs70;
if(vErrors !== null){
if(_errs70){
vErrors.length = _errs70;
}
else {
vErrors = null;
}
}
}
}
if(data28.page !== undefined){
let data32 = data28.page;
if(typeof data32 !== "string"){
const err78 = {instancePath:instancePath+"/teams/" + i1+"/page",schemaPath:"#/properties/teams/items/properties/page/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.teams.items.properties.page.type,parentSchema:schema42.properties.teams.items.properties.page,data:data32};
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
else {
const err79 = {instancePath:instancePath+"/teams/" + i1,schemaPath:"#/properties/teams/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.teams.items.type,parentSchema:schema42.properties.teams.items,data:data28};
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
const err80 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.teams.type,parentSchema:schema42.properties.teams,data:data27};
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
const err81 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
});
var validate24 = (function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="ticket.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.created === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created"},message:"must have required property '"+"created"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.updated === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "updated"},message:"must have required property '"+"updated"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.priority === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "priority"},message:"must have required property '"+"priority"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.channel === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.status === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.tags === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tags"},message:"must have required property '"+"tags"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.replies === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replies"},message:"must have required property '"+"replies"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.statusChanges === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "statusChanges"},message:"must have required property '"+"statusChanges"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func4.call(schema45.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
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
if(func1(data0) > 64){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema45.properties.id,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func1(data0) < 1){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.id,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern7.test(data0)){
const err12 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._:-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._:-]+$"+"\"",schema:"^[A-Za-z0-9._:-]+$",parentSchema:schema45.properties.id,data:data0};
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
const err13 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.id.type,parentSchema:schema45.properties.id,data:data0};
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
if(!pattern6.test(data1)){
const err14 = {instancePath:instancePath+"/created",schemaPath:"#/$defs/instant/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!(formats0.validate(data1))){
const err15 = {instancePath:instancePath+"/created",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema46,data:data1};
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
const err16 = {instancePath:instancePath+"/created",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data1};
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
if(!pattern6.test(data2)){
const err17 = {instancePath:instancePath+"/updated",schemaPath:"#/$defs/instant/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(formats0.validate(data2))){
const err18 = {instancePath:instancePath+"/updated",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema46,data:data2};
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
const err19 = {instancePath:instancePath+"/updated",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data2};
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
const err20 = {instancePath:instancePath+"/priority",schemaPath:"common.schema.json#/$defs/priority/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((((data3 === "low") || (data3 === "normal")) || (data3 === "high")) || (data3 === "urgent"))){
const err21 = {instancePath:instancePath+"/priority",schemaPath:"common.schema.json#/$defs/priority/enum",keyword:"enum",params:{allowedValues: schema40.enum},message:"must be equal to one of the allowed values",schema:schema40.enum,parentSchema:schema40,data:data3};
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
const err22 = {instancePath:instancePath+"/channel",schemaPath:"common.schema.json#/$defs/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.type,parentSchema:schema41,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!((((((data4 === "email") || (data4 === "web")) || (data4 === "chat")) || (data4 === "phone")) || (data4 === "social")) || (data4 === "api"))){
const err23 = {instancePath:instancePath+"/channel",schemaPath:"common.schema.json#/$defs/channel/enum",keyword:"enum",params:{allowedValues: schema41.enum},message:"must be equal to one of the allowed values",schema:schema41.enum,parentSchema:schema41,data:data4};
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
const err24 = {instancePath:instancePath+"/status",schemaPath:"common.schema.json#/$defs/ticketStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!((((((data5 === "new") || (data5 === "open")) || (data5 === "pending")) || (data5 === "on-hold")) || (data5 === "solved")) || (data5 === "closed"))){
const err25 = {instancePath:instancePath+"/status",schemaPath:"common.schema.json#/$defs/ticketStatus/enum",keyword:"enum",params:{allowedValues: schema50.enum},message:"must be equal to one of the allowed values",schema:schema50.enum,parentSchema:schema50,data:data5};
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
const err26 = {instancePath:instancePath+"/openedBy",schemaPath:"#/properties/openedBy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.openedBy.type,parentSchema:schema45.properties.openedBy,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!((data6 === "customer") || (data6 === "agent"))){
const err27 = {instancePath:instancePath+"/openedBy",schemaPath:"#/properties/openedBy/enum",keyword:"enum",params:{allowedValues: schema45.properties.openedBy.enum},message:"must be equal to one of the allowed values",schema:schema45.properties.openedBy.enum,parentSchema:schema45.properties.openedBy,data:data6};
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
const err28 = {instancePath:instancePath+"/team",schemaPath:"#/properties/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.team.type,parentSchema:schema45.properties.team,data:data7};
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
if(func1(data8) > 120){
const err29 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema45.properties.category,data:data8};
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
const err30 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.category.type,parentSchema:schema45.properties.category,data:data8};
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
if(func1(data10) > 120){
const err31 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema45.properties.tags.items,data:data10};
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
const err32 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.tags.items.type,parentSchema:schema45.properties.tags.items,data:data10};
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
const err33 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema45.properties.tags,data:data9};
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
const err34 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.tags.type,parentSchema:schema45.properties.tags,data:data9};
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
const err35 = {instancePath:instancePath+"/replies/" + i2,schemaPath:"#/properties/replies/items/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema45.properties.replies.items.required,parentSchema:schema45.properties.replies.items,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data12.by === undefined){
const err36 = {instancePath:instancePath+"/replies/" + i2,schemaPath:"#/properties/replies/items/required",keyword:"required",params:{missingProperty: "by"},message:"must have required property '"+"by"+"'",schema:schema45.properties.replies.items.required,parentSchema:schema45.properties.replies.items,data:data12};
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
const err37 = {instancePath:instancePath+"/replies/" + i2,schemaPath:"#/properties/replies/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema45.properties.replies.items,data:data12};
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
if(!pattern6.test(data13)){
const err38 = {instancePath:instancePath+"/replies/" + i2+"/at",schemaPath:"#/$defs/instant/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema46,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!(formats0.validate(data13))){
const err39 = {instancePath:instancePath+"/replies/" + i2+"/at",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema46,data:data13};
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
const err40 = {instancePath:instancePath+"/replies/" + i2+"/at",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data13};
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
const err41 = {instancePath:instancePath+"/replies/" + i2+"/by",schemaPath:"#/properties/replies/items/properties/by/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.replies.items.properties.by.type,parentSchema:schema45.properties.replies.items.properties.by,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!((data14 === "agent") || (data14 === "customer"))){
const err42 = {instancePath:instancePath+"/replies/" + i2+"/by",schemaPath:"#/properties/replies/items/properties/by/enum",keyword:"enum",params:{allowedValues: schema45.properties.replies.items.properties.by.enum},message:"must be equal to one of the allowed values",schema:schema45.properties.replies.items.properties.by.enum,parentSchema:schema45.properties.replies.items.properties.by,data:data14};
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
const err43 = {instancePath:instancePath+"/replies/" + i2,schemaPath:"#/properties/replies/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.properties.replies.items.type,parentSchema:schema45.properties.replies.items,data:data12};
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
const err44 = {instancePath:instancePath+"/replies",schemaPath:"#/properties/replies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.replies.type,parentSchema:schema45.properties.replies,data:data11};
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
const err45 = {instancePath:instancePath+"/statusChanges/" + i3,schemaPath:"#/properties/statusChanges/items/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema45.properties.statusChanges.items.required,parentSchema:schema45.properties.statusChanges.items,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data16.status === undefined){
const err46 = {instancePath:instancePath+"/statusChanges/" + i3,schemaPath:"#/properties/statusChanges/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema45.properties.statusChanges.items.required,parentSchema:schema45.properties.statusChanges.items,data:data16};
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
const err47 = {instancePath:instancePath+"/statusChanges/" + i3,schemaPath:"#/properties/statusChanges/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema45.properties.statusChanges.items,data:data16};
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
if(!pattern6.test(data17)){
const err48 = {instancePath:instancePath+"/statusChanges/" + i3+"/at",schemaPath:"#/$defs/instant/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema46,data:data17};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!(formats0.validate(data17))){
const err49 = {instancePath:instancePath+"/statusChanges/" + i3+"/at",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema46,data:data17};
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
const err50 = {instancePath:instancePath+"/statusChanges/" + i3+"/at",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data17};
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
const err51 = {instancePath:instancePath+"/statusChanges/" + i3+"/status",schemaPath:"common.schema.json#/$defs/ticketStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.type,parentSchema:schema50,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!((((((data18 === "new") || (data18 === "open")) || (data18 === "pending")) || (data18 === "on-hold")) || (data18 === "solved")) || (data18 === "closed"))){
const err52 = {instancePath:instancePath+"/statusChanges/" + i3+"/status",schemaPath:"common.schema.json#/$defs/ticketStatus/enum",keyword:"enum",params:{allowedValues: schema50.enum},message:"must be equal to one of the allowed values",schema:schema50.enum,parentSchema:schema50,data:data18};
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
const err53 = {instancePath:instancePath+"/statusChanges/" + i3,schemaPath:"#/properties/statusChanges/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.properties.statusChanges.items.type,parentSchema:schema45.properties.statusChanges.items,data:data16};
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
const err54 = {instancePath:instancePath+"/statusChanges",schemaPath:"#/properties/statusChanges/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.statusChanges.type,parentSchema:schema45.properties.statusChanges,data:data15};
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
const err55 = {instancePath:instancePath+"/satisfaction",schemaPath:"#/properties/satisfaction/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema45.properties.satisfaction.required,parentSchema:schema45.properties.satisfaction,data:data19};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data19.rating === undefined){
const err56 = {instancePath:instancePath+"/satisfaction",schemaPath:"#/properties/satisfaction/required",keyword:"required",params:{missingProperty: "rating"},message:"must have required property '"+"rating"+"'",schema:schema45.properties.satisfaction.required,parentSchema:schema45.properties.satisfaction,data:data19};
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
const err57 = {instancePath:instancePath+"/satisfaction",schemaPath:"#/properties/satisfaction/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema45.properties.satisfaction,data:data19};
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
if(!pattern6.test(data20)){
const err58 = {instancePath:instancePath+"/satisfaction/at",schemaPath:"#/$defs/instant/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema46,data:data20};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(!(formats0.validate(data20))){
const err59 = {instancePath:instancePath+"/satisfaction/at",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema46,data:data20};
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
const err60 = {instancePath:instancePath+"/satisfaction/at",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data20};
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
const err61 = {instancePath:instancePath+"/satisfaction/rating",schemaPath:"#/properties/satisfaction/properties/rating/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.satisfaction.properties.rating.oneOf[0].type,parentSchema:schema45.properties.satisfaction.properties.rating.oneOf[0],data:data21};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(!((data21 === "good") || (data21 === "bad"))){
const err62 = {instancePath:instancePath+"/satisfaction/rating",schemaPath:"#/properties/satisfaction/properties/rating/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema45.properties.satisfaction.properties.rating.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema45.properties.satisfaction.properties.rating.oneOf[0].enum,parentSchema:schema45.properties.satisfaction.properties.rating.oneOf[0],data:data21};
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
const err63 = {instancePath:instancePath+"/satisfaction/rating",schemaPath:"#/properties/satisfaction/properties/rating/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.satisfaction.properties.rating.oneOf[1].type,parentSchema:schema45.properties.satisfaction.properties.rating.oneOf[1],data:data21};
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
const err64 = {instancePath:instancePath+"/satisfaction/rating",schemaPath:"#/properties/satisfaction/properties/rating/oneOf/1/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5",schema:5,parentSchema:schema45.properties.satisfaction.properties.rating.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data21 < 1 || isNaN(data21)){
const err65 = {instancePath:instancePath+"/satisfaction/rating",schemaPath:"#/properties/satisfaction/properties/rating/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema45.properties.satisfaction.properties.rating.oneOf[1],data:data21};
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
const err66 = {instancePath:instancePath+"/satisfaction/rating",schemaPath:"#/properties/satisfaction/properties/rating/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema45.properties.satisfaction.properties.rating.oneOf,parentSchema:schema45.properties.satisfaction.properties.rating,data:data21};
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
const err67 = {instancePath:instancePath+"/satisfaction",schemaPath:"#/properties/satisfaction/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.properties.satisfaction.type,parentSchema:schema45.properties.satisfaction,data:data19};
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
const err68 = {instancePath:instancePath+"/nps",schemaPath:"#/properties/nps/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema45.properties.nps.required,parentSchema:schema45.properties.nps,data:data22};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data22.score === undefined){
const err69 = {instancePath:instancePath+"/nps",schemaPath:"#/properties/nps/required",keyword:"required",params:{missingProperty: "score"},message:"must have required property '"+"score"+"'",schema:schema45.properties.nps.required,parentSchema:schema45.properties.nps,data:data22};
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
const err70 = {instancePath:instancePath+"/nps",schemaPath:"#/properties/nps/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema45.properties.nps,data:data22};
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
if(!pattern6.test(data23)){
const err71 = {instancePath:instancePath+"/nps/at",schemaPath:"#/$defs/instant/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema46,data:data23};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(!(formats0.validate(data23))){
const err72 = {instancePath:instancePath+"/nps/at",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema46,data:data23};
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
const err73 = {instancePath:instancePath+"/nps/at",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data23};
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
const err74 = {instancePath:instancePath+"/nps/score",schemaPath:"#/properties/nps/properties/score/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.nps.properties.score.type,parentSchema:schema45.properties.nps.properties.score,data:data24};
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
const err75 = {instancePath:instancePath+"/nps/score",schemaPath:"#/properties/nps/properties/score/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10},message:"must be <= 10",schema:10,parentSchema:schema45.properties.nps.properties.score,data:data24};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data24 < 0 || isNaN(data24)){
const err76 = {instancePath:instancePath+"/nps/score",schemaPath:"#/properties/nps/properties/score/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema45.properties.nps.properties.score,data:data24};
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
const err77 = {instancePath:instancePath+"/nps",schemaPath:"#/properties/nps/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.properties.nps.type,parentSchema:schema45.properties.nps,data:data22};
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
const err78 = {instancePath:instancePath+"/helpdeskMetrics",schemaPath:"#/properties/helpdeskMetrics/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema45.properties.helpdeskMetrics,data:data25};
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
const err79 = {instancePath:instancePath+"/helpdeskMetrics/firstReplyMinutes",schemaPath:"#/properties/helpdeskMetrics/properties/firstReplyMinutes/type",keyword:"type",params:{type: schema45.properties.helpdeskMetrics.properties.firstReplyMinutes.type},message:"must be number,null",schema:schema45.properties.helpdeskMetrics.properties.firstReplyMinutes.type,parentSchema:schema45.properties.helpdeskMetrics.properties.firstReplyMinutes,data:data26};
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
const err80 = {instancePath:instancePath+"/helpdeskMetrics/firstReplyMinutes",schemaPath:"#/properties/helpdeskMetrics/properties/firstReplyMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema45.properties.helpdeskMetrics.properties.firstReplyMinutes,data:data26};
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
const err81 = {instancePath:instancePath+"/helpdeskMetrics/fullResolutionMinutes",schemaPath:"#/properties/helpdeskMetrics/properties/fullResolutionMinutes/type",keyword:"type",params:{type: schema45.properties.helpdeskMetrics.properties.fullResolutionMinutes.type},message:"must be number,null",schema:schema45.properties.helpdeskMetrics.properties.fullResolutionMinutes.type,parentSchema:schema45.properties.helpdeskMetrics.properties.fullResolutionMinutes,data:data27};
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
const err82 = {instancePath:instancePath+"/helpdeskMetrics/fullResolutionMinutes",schemaPath:"#/properties/helpdeskMetrics/properties/fullResolutionMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema45.properties.helpdeskMetrics.properties.fullResolutionMinutes,data:data27};
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
const err83 = {instancePath:instancePath+"/helpdeskMetrics",schemaPath:"#/properties/helpdeskMetrics/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.properties.helpdeskMetrics.type,parentSchema:schema45.properties.helpdeskMetrics,data:data25};
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
const err84 = {instancePath:instancePath+"/qa/" + i4,schemaPath:"#/properties/qa/items/required",keyword:"required",params:{missingProperty: "scorecard"},message:"must have required property '"+"scorecard"+"'",schema:schema45.properties.qa.items.required,parentSchema:schema45.properties.qa.items,data:data29};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(data29.at === undefined){
const err85 = {instancePath:instancePath+"/qa/" + i4,schemaPath:"#/properties/qa/items/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema45.properties.qa.items.required,parentSchema:schema45.properties.qa.items,data:data29};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data29.results === undefined){
const err86 = {instancePath:instancePath+"/qa/" + i4,schemaPath:"#/properties/qa/items/required",keyword:"required",params:{missingProperty: "results"},message:"must have required property '"+"results"+"'",schema:schema45.properties.qa.items.required,parentSchema:schema45.properties.qa.items,data:data29};
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
const err87 = {instancePath:instancePath+"/qa/" + i4,schemaPath:"#/properties/qa/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema45.properties.qa.items,data:data29};
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
const err88 = {instancePath:instancePath+"/qa/" + i4+"/scorecard",schemaPath:"#/properties/qa/items/properties/scorecard/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.qa.items.properties.scorecard.type,parentSchema:schema45.properties.qa.items.properties.scorecard,data:data30};
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
if(!pattern6.test(data31)){
const err89 = {instancePath:instancePath+"/qa/" + i4+"/at",schemaPath:"#/$defs/instant/pattern",keyword:"pattern",params:{pattern: "Z$"},message:"must match pattern \""+"Z$"+"\"",schema:"Z$",parentSchema:schema46,data:data31};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(!(formats0.validate(data31))){
const err90 = {instancePath:instancePath+"/qa/" + i4+"/at",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema46,data:data31};
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
const err91 = {instancePath:instancePath+"/qa/" + i4+"/at",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data31};
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
const err92 = {instancePath:instancePath+"/qa/" + i4+"/results/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/qa/items/properties/results/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.qa.items.properties.results.additionalProperties.type,parentSchema:schema45.properties.qa.items.properties.results.additionalProperties,data:data33};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(!(((data33 === "pass") || (data33 === "fail")) || (data33 === "na"))){
const err93 = {instancePath:instancePath+"/qa/" + i4+"/results/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/qa/items/properties/results/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema45.properties.qa.items.properties.results.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema45.properties.qa.items.properties.results.additionalProperties.enum,parentSchema:schema45.properties.qa.items.properties.results.additionalProperties,data:data33};
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
const err94 = {instancePath:instancePath+"/qa/" + i4+"/results",schemaPath:"#/properties/qa/items/properties/results/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.properties.qa.items.properties.results.type,parentSchema:schema45.properties.qa.items.properties.results,data:data32};
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
const err95 = {instancePath:instancePath+"/qa/" + i4,schemaPath:"#/properties/qa/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.properties.qa.items.type,parentSchema:schema45.properties.qa.items,data:data29};
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
const err96 = {instancePath:instancePath+"/qa",schemaPath:"#/properties/qa/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.qa.type,parentSchema:schema45.properties.qa,data:data28};
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
const err97 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
});
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"acknowledgement.schema.json","title":"SOP acknowledgement","description":"One person's acknowledgement of one SOP version (a line of `acknowledgements.ndjson` in the store): a 👍 reaction or `/ack` comment on the version's \"Please read\" issue, or a row of an acknowledgements export.","type":"object","additionalProperties":false,"required":["sop","version","person","at","via"],"properties":{"sop":{"$ref":"common.schema.json#/$defs/id","description":"The SOP's id."},"version":{"type":"integer","minimum":1,"description":"The version acknowledged; it counts for that version only."},"person":{"type":"string","minLength":1,"maxLength":80,"pattern":"^([A-Za-z0-9-]+|(staff|email):[A-Za-z0-9._-]+)$","description":"The GitHub handle, or for someone without one `staff:<id>` or `email:<first 16 hex of the e-mail's SHA-256>`."},"at":{"type":"string","format":"date-time","pattern":"Z$","description":"When they acknowledged (the reaction's or comment's time, or the export's), UTC."},"via":{"type":"string","enum":["reaction","comment","csv"],"description":"How: a 👍 reaction, a `/ack` comment, or an imported export."},"githubId":{"type":"integer","minimum":1,"description":"The GitHub user's numeric id (reactions and comments): it survives a renamed account."},"logins":{"type":"array","items":{"type":"string"},"uniqueItems":true,"description":"Every GitHub login seen for `githubId`, oldest first, when the account was renamed: the acknowledgement still counts for a Team document that lists an older one."}}};
const schema33 = {"title":"Id","description":"Kebab-case identifier, unique within its kind and equal to the file name without .yaml, e.g. `first-response-urgent`.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"examples":["first-response-urgent"]};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern5 = new RegExp("^([A-Za-z0-9-]+|(staff|email):[A-Za-z0-9._-]+)$", "u");
const pattern6 = new RegExp("Z$", "u");
const formats0 = require("ajv-formats/dist/formats").fullFormats["date-time"];

validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema34 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"qa-review.schema.json","title":"QA review","description":"One stored QA review (a line of `qa-reviews.ndjson` in the store), imported from a QA export. People are kept as the Team documents know them (a GitHub handle, `staff:<id>`, `email:<hash>`) or under a pseudonym (`anon:<hash>`); never a name or an e-mail as written.","type":"object","additionalProperties":false,"required":["key","ticket","at","scorecard","reviewer","agent","results"],"$defs":{"instant":{"type":"string","format":"date-time","pattern":"Z$","description":"ISO 8601 timestamp in UTC."},"person":{"type":"string","minLength":1,"maxLength":80,"pattern":"^([A-Za-z0-9-]+|(staff|email|anon):[A-Za-z0-9._-]+)$","description":"A GitHub handle, `staff:<id>`, `email:<first 16 hex of the e-mail's SHA-256>` or `anon:<first 16 hex of the SHA-256 of the text>` for someone no Team document lists."}},"properties":{"key":{"type":"string","minLength":1,"maxLength":300,"description":"What identifies the review across imports: `id:<the QA tool's id>`, or the ticket, reviewer, scorecard and time."},"ticket":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9._:-]+$","description":"The reviewed ticket's id."},"at":{"$ref":"#/$defs/instant","description":"When the review was made."},"scorecard":{"type":"string","description":"Id of the Scorecard used."},"reviewer":{"$ref":"#/$defs/person"},"agent":{"$ref":"#/$defs/person"},"results":{"type":"object","additionalProperties":{"oneOf":[{"type":"string","enum":["pass","fail","na"]},{"type":"number","minimum":0,"maximum":1}]},"description":"Per behaviour id: pass, fail, na (not applicable) or a score from 0 to 1."},"match":{"type":"object","additionalProperties":false,"required":["day","created","priority","channel","tags"],"description":"The reviewed ticket as the store held it when the review was last matched to it (refreshed whenever its day file changes); absent while the ticket is not in the store.","properties":{"day":{"type":"string","format":"date","description":"The store day the ticket is filed under."},"created":{"$ref":"#/$defs/instant"},"ended":{"$ref":"#/$defs/instant","description":"The ticket's final solve; absent while unsolved."},"priority":{"$ref":"common.schema.json#/$defs/priority"},"channel":{"$ref":"common.schema.json#/$defs/channel"},"team":{"type":"string","description":"The ticket's team, when it has one."},"category":{"type":"string","description":"The ticket's category, when it has one."},"tags":{"type":"array","items":{"type":"string"},"description":"The ticket's tags."}}},"problem":{"type":"string","description":"Why the review cannot be counted (it is dated before its ticket was created); kept, reported, not counted."}}};
const schema35 = {"type":"string","format":"date-time","pattern":"Z$","description":"ISO 8601 timestamp in UTC."};
const schema36 = {"type":"string","minLength":1,"maxLength":80,"pattern":"^([A-Za-z0-9-]+|(staff|email|anon):[A-Za-z0-9._-]+)$","description":"A GitHub handle, `staff:<id>`, `email:<first 16 hex of the e-mail's SHA-256>` or `anon:<first 16 hex of the SHA-256 of the text>` for someone no Team document lists."};
const schema40 = {"title":"Priority","description":"Ticket priority: low, normal, high or urgent.","type":"string","enum":["low","normal","high","urgent"]};
const schema41 = {"title":"Channel","description":"Where the ticket came in: email, web (form), chat, phone, social or api.","type":"string","enum":["email","web","chat","phone","social","api"]};
const func4 = Object.prototype.hasOwnProperty;
const pattern7 = new RegExp("^[A-Za-z0-9._:-]+$", "u");
const pattern9 = new RegExp("^([A-Za-z0-9-]+|(staff|email|anon):[A-Za-z0-9._-]+)$", "u");
const formats4 = require("ajv-formats/dist/formats").fullFormats.date;

validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema42 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"status.schema.json","title":"Status summary","description":"status.json on the published site: each standard's status, value, goal, error budget and since when it has held its status, and each team's worst status, for scripts, dashboards and intranets. Fractions are 0–1 (NPS values and goals are scores).","type":"object","additionalProperties":false,"required":["schemaVersion","organisation","now","generatedAt","summary","standards","teams"],"$defs":{"status":{"type":"string","enum":["met","at-risk","breached","no-data"],"description":"met, at-risk (met but little error budget left), breached, or no-data (fewer measurements than the minimum sample)."}},"properties":{"schemaVersion":{"const":1,"description":"Format version of this file."},"organisation":{"type":"string","description":"The organisation's name, from the Pipeline."},"now":{"type":"string","format":"date-time","description":"The evaluation instant the figures describe."},"generatedAt":{"type":"string","format":"date-time","description":"When the report behind this file was written."},"summary":{"type":"object","additionalProperties":false,"required":["met","at-risk","breached","no-data"],"description":"How many standards have each status.","properties":{"met":{"type":"integer","minimum":0,"description":"Standards met."},"at-risk":{"type":"integer","minimum":0,"description":"Standards met with little error budget left."},"breached":{"type":"integer","minimum":0,"description":"Standards breached."},"no-data":{"type":"integer","minimum":0,"description":"Standards without enough data."}}},"standards":{"type":"array","description":"Every standard, worst status first.","items":{"type":"object","additionalProperties":false,"required":["id","title","owner","status","value","goal","budget","since","page"],"properties":{"id":{"type":"string","description":"The standard's id."},"title":{"type":"string","description":"The standard's title."},"owner":{"type":"string","description":"Id of the owning Team."},"status":{"$ref":"#/$defs/status"},"value":{"type":["number","null"],"description":"Attainment (duration metrics) or value (rates 0–1, NPS −100–100, QA 0–1) over the window; null without data."},"goal":{"type":["object","null"],"additionalProperties":false,"required":["direction","value","text"],"description":"What `value` is compared with; null when the standard is not in the report yet.","properties":{"direction":{"type":"string","enum":["min","max"],"description":"`min`: the value must be at least the goal; `max`: at most."},"value":{"type":"number","description":"The objective (duration metrics) or the target."},"text":{"type":"string","description":"The goal in words, e.g. `95% within 1h (business hours)`: the goal in force now."},"judged":{"type":"string","description":"Only when the window spans versions with different goals: the goals that judged `value`, `status` and `budget`, each with the day it took effect, e.g. `95% within 1h before 23 Nov 2026, 97% within 45m from 23 Nov 2026`."}}},"budget":{"type":["object","null"],"additionalProperties":false,"required":["allowed","used","remaining"],"description":"The error budget over the window; null without data or for a score without a budget.","properties":{"allowed":{"type":"number","description":"Misses the goal allows in the window."},"used":{"type":"number","description":"Misses so far."},"remaining":{"type":"number","description":"Share left, negative when overspent."}}},"since":{"type":["string","null"],"format":"date","description":"First night of the current run of this status in the status log; null without a log."},"page":{"type":"string","description":"The standard's page, as a path on the site (with the base)."}}}},"teams":{"type":"array","description":"Every team that owns a standard or whose tickets one measures.","items":{"type":"object","additionalProperties":false,"required":["id","name","status","page"],"properties":{"id":{"type":"string","description":"The team's id."},"name":{"type":"string","description":"The team's name."},"status":{"anyOf":[{"$ref":"#/$defs/status"},{"type":"null"}],"description":"The worst status of the team's own slice of the standards that measure its tickets, else of the standards it owns; null when neither."},"page":{"type":"string","description":"The team's page, as a path on the site (with the base)."}}}}}};
const schema43 = {"type":"string","enum":["met","at-risk","breached","no-data"],"description":"met, at-risk (met but little error budget left), breached, or no-data (fewer measurements than the minimum sample)."};

validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema45 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"ticket.schema.json","title":"Ticket","description":"A normalized ticket: the only thing a source hands to the engine. Timestamps are ISO 8601 in UTC (`Z`). No names, e-mail addresses or message text, ever.","type":"object","additionalProperties":false,"required":["id","created","updated","priority","channel","status","tags","replies","statusChanges"],"$defs":{"instant":{"type":"string","format":"date-time","pattern":"Z$","description":"ISO 8601 timestamp in UTC, e.g. `2026-11-02T09:15:00Z`."}},"properties":{"id":{"type":"string","minLength":1,"maxLength":64,"pattern":"^[A-Za-z0-9._:-]+$","description":"The helpdesk's ticket id, as text."},"created":{"$ref":"#/$defs/instant","description":"When the requester opened the ticket."},"updated":{"$ref":"#/$defs/instant","description":"Last change of the ticket; the store keeps the version with the newest `updated`."},"priority":{"$ref":"common.schema.json#/$defs/priority"},"channel":{"$ref":"common.schema.json#/$defs/channel"},"status":{"$ref":"common.schema.json#/$defs/ticketStatus","description":"Current status."},"openedBy":{"type":"string","enum":["customer","agent"],"description":"Who opened the ticket: `customer` (the default when absent) or `agent` (a phone call logged by an agent, an outbound e-mail)."},"team":{"type":"string","description":"Id of the assigned Team, when known."},"category":{"type":"string","maxLength":120,"description":"Helpdesk category or type, when known."},"tags":{"type":"array","uniqueItems":true,"items":{"type":"string","maxLength":120},"description":"Helpdesk tags."},"replies":{"type":"array","description":"Public replies after the opening message, oldest first: who (agent or customer) and when.","items":{"type":"object","additionalProperties":false,"required":["at","by"],"properties":{"at":{"$ref":"#/$defs/instant"},"by":{"type":"string","enum":["agent","customer"],"description":"agent (public reply by staff) or customer (the requester)."}}}},"statusChanges":{"type":"array","description":"Every status the ticket entered, oldest first, starting with its status at creation.","items":{"type":"object","additionalProperties":false,"required":["at","status"],"properties":{"at":{"$ref":"#/$defs/instant"},"status":{"$ref":"common.schema.json#/$defs/ticketStatus"}}}},"satisfaction":{"type":"object","additionalProperties":false,"required":["at","rating"],"description":"The requester's satisfaction rating, when given.","properties":{"at":{"$ref":"#/$defs/instant"},"rating":{"oneOf":[{"type":"string","enum":["good","bad"]},{"type":"integer","minimum":1,"maximum":5}],"description":"good/bad, or 1–5 where 4 and 5 count as good."}}},"nps":{"type":"object","additionalProperties":false,"required":["at","score"],"description":"The requester's answer to the NPS question, when given.","properties":{"at":{"$ref":"#/$defs/instant"},"score":{"type":"integer","minimum":0,"maximum":10,"description":"0–10: 9–10 promoter, 7–8 passive, 0–6 detractor."}}},"helpdeskMetrics":{"type":"object","additionalProperties":false,"description":"The helpdesk's own figures for this ticket in calendar minutes (Zendesk's ticket metrics), kept only to tie our numbers out with theirs; no metric reads them.","properties":{"firstReplyMinutes":{"type":["number","null"],"minimum":0,"description":"Zendesk `reply_time_in_minutes.calendar`; null: no reply yet."},"fullResolutionMinutes":{"type":["number","null"],"minimum":0,"description":"Zendesk `full_resolution_time_in_minutes.calendar`; null: not solved."}}},"qa":{"type":"array","description":"QA reviews of this ticket's interactions.","items":{"type":"object","additionalProperties":false,"required":["scorecard","at","results"],"properties":{"scorecard":{"type":"string","description":"Id of the Scorecard used."},"at":{"$ref":"#/$defs/instant"},"results":{"type":"object","additionalProperties":{"type":"string","enum":["pass","fail","na"]},"description":"Per behaviour id: pass, fail or na (not applicable)."}}}}}};
const schema46 = {"type":"string","format":"date-time","pattern":"Z$","description":"ISO 8601 timestamp in UTC, e.g. `2026-11-02T09:15:00Z`."};
const schema50 = {"title":"Ticket status","description":"Normalized ticket status: new, open, pending (waiting on the requester), on-hold (waiting on a third party), solved or closed.","type":"string","enum":["new","open","pending","on-hold","solved","closed"]};

validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
exports["acknowledgement.schema.json"] = validate20;
exports["qa-review.schema.json"] = validate22;
exports["status.schema.json"] = validate23;
exports["ticket.schema.json"] = validate24;

exports.schemasDigest = "65347863278e5b60890ac6d4ac3e63d51ea8d24c1d80911352b763db8dbb6c46";
