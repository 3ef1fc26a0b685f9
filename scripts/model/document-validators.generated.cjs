// Generated from schemas/*.schema.json by `npm run generate:types` (ajv 8.20.0 standalone code). Do not edit by hand.
// Validators of calendar.schema.json, common.schema.json, pipeline.schema.json, policy.schema.json, scorecard.schema.json, sop.schema.json, standard.schema.json, team.schema.json, by schema file name.
"use strict";
var validate22 = (function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(!pattern5.test(data0)){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/interval/pattern",keyword:"pattern",params:{pattern: "^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$"},message:"must match pattern \""+"^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$"+"\"",schema:"^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$",parentSchema:schema35,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/interval/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
let i1 = data.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data[i1], data[j0])){
const err2 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
});
var validate30 = (function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.date === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "date") || (key0 === "name")) || (key0 === "open"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.date !== undefined){
let data0 = data.date;
if(typeof data0 === "string"){
if(!(formats0.validate(data0))){
const err3 = {instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/date",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func1(data1) > 80){
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema36.properties.name,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.name.type,parentSchema:schema36.properties.name,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.open !== undefined){
let data2 = data.open;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(!pattern5.test(data3)){
const err8 = {instancePath:instancePath+"/open/" + i0,schemaPath:"#/$defs/interval/pattern",keyword:"pattern",params:{pattern: "^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$"},message:"must match pattern \""+"^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$"+"\"",schema:"^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$",parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/open/" + i0,schemaPath:"#/$defs/interval/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.type,parentSchema:schema35,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data2[i1], data2[j0])){
const err10 = {instancePath:instancePath+"/open",schemaPath:"#/properties/open/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema36.properties.open,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err11 = {instancePath:instancePath+"/open",schemaPath:"#/properties/open/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.open.type,parentSchema:schema36.properties.open,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
});
var validate20 = (function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="calendar.schema.json" */;
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
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.timezone === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timezone"},message:"must have required property '"+"timezone"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.hours === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hours"},message:"must have required property '"+"hours"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "kind") || (key0 === "id")) || (key0 === "name")) || (key0 === "timezone")) || (key0 === "hours")) || (key0 === "holidays")) || (key0 === "effective")) || (key0 === "appliesFrom"))){
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
if(data.kind !== undefined){
let data0 = data.kind;
if("Calendar" !== data0){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Calendar"},message:"must be equal to constant",schema:"Calendar",parentSchema:schema31.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func1(data1) > 64){
const err7 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern4.test(data1)){
const err8 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func1(data2) > 80){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema31.properties.name,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(func1(data2) < 2){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema31.properties.name,data:data2};
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
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.name.type,parentSchema:schema31.properties.name,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.timezone !== undefined){
let data3 = data.timezone;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err13 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.timezone,data:data3};
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
const err14 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.timezone.type,parentSchema:schema31.properties.timezone,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.hours !== undefined){
let data4 = data.hours;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length < 1){
const err15 = {instancePath:instancePath+"/hours",schemaPath:"#/properties/hours/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema31.properties.hours,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data4){
if(!(((((((key1 === "monday") || (key1 === "tuesday")) || (key1 === "wednesday")) || (key1 === "thursday")) || (key1 === "friday")) || (key1 === "saturday")) || (key1 === "sunday"))){
const err16 = {instancePath:instancePath+"/hours",schemaPath:"#/properties/hours/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.hours,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.monday !== undefined){
if(!(validate22(data4.monday, {instancePath:instancePath+"/hours/monday",parentData:data4,parentDataProperty:"monday",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data4.tuesday !== undefined){
if(!(validate22(data4.tuesday, {instancePath:instancePath+"/hours/tuesday",parentData:data4,parentDataProperty:"tuesday",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data4.wednesday !== undefined){
if(!(validate22(data4.wednesday, {instancePath:instancePath+"/hours/wednesday",parentData:data4,parentDataProperty:"wednesday",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data4.thursday !== undefined){
if(!(validate22(data4.thursday, {instancePath:instancePath+"/hours/thursday",parentData:data4,parentDataProperty:"thursday",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data4.friday !== undefined){
if(!(validate22(data4.friday, {instancePath:instancePath+"/hours/friday",parentData:data4,parentDataProperty:"friday",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data4.saturday !== undefined){
if(!(validate22(data4.saturday, {instancePath:instancePath+"/hours/saturday",parentData:data4,parentDataProperty:"saturday",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data4.sunday !== undefined){
if(!(validate22(data4.sunday, {instancePath:instancePath+"/hours/sunday",parentData:data4,parentDataProperty:"sunday",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/hours",schemaPath:"#/properties/hours/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.hours.type,parentSchema:schema31.properties.hours,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.holidays !== undefined){
let data12 = data.holidays;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
if(!(validate30(data12[i0], {instancePath:instancePath+"/holidays/" + i0,parentData:data12,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/holidays",schemaPath:"#/properties/holidays/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.holidays.type,parentSchema:schema31.properties.holidays,data:data12};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.effective !== undefined){
let data14 = data.effective;
if(typeof data14 === "string"){
if(!(formats0.validate(data14))){
const err19 = {instancePath:instancePath+"/effective",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema37,data:data14};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/effective",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data14};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.appliesFrom !== undefined){
let data15 = data.appliesFrom;
if(typeof data15 === "string"){
if(!(formats0.validate(data15))){
const err21 = {instancePath:instancePath+"/appliesFrom",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema37,data:data15};
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
const err22 = {instancePath:instancePath+"/appliesFrom",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data15};
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
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
});
var validate21 = (function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="common.schema.json" */;
validate21.errors = null;
return true;
});
var validate33 = (function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.timezone === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timezone"},message:"must have required property '"+"timezone"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.columns === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func9.call(schema49.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.path,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.path.type,parentSchema:schema49.properties.path,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.timezone !== undefined){
let data1 = data.timezone;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.timezone,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.timezone.type,parentSchema:schema49.properties.timezone,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.delimiter !== undefined){
let data2 = data.delimiter;
if(typeof data2 === "string"){
if(func1(data2) > 1){
const err8 = {instancePath:instancePath+"/delimiter",schemaPath:"#/properties/delimiter/maxLength",keyword:"maxLength",params:{limit: 1},message:"must NOT have more than 1 characters",schema:1,parentSchema:schema49.properties.delimiter,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func1(data2) < 1){
const err9 = {instancePath:instancePath+"/delimiter",schemaPath:"#/properties/delimiter/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.delimiter,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern9.test(data2)){
const err10 = {instancePath:instancePath+"/delimiter",schemaPath:"#/properties/delimiter/pattern",keyword:"pattern",params:{pattern: "^[^\\r\\n\"]$"},message:"must match pattern \""+"^[^\\r\\n\"]$"+"\"",schema:"^[^\\r\\n\"]$",parentSchema:schema49.properties.delimiter,data:data2};
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
const err11 = {instancePath:instancePath+"/delimiter",schemaPath:"#/properties/delimiter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.delimiter.type,parentSchema:schema49.properties.delimiter,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.skipBadRows !== undefined){
let data3 = data.skipBadRows;
if(typeof data3 !== "boolean"){
const err12 = {instancePath:instancePath+"/skipBadRows",schemaPath:"#/properties/skipBadRows/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema49.properties.skipBadRows.type,parentSchema:schema49.properties.skipBadRows,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.scorecard !== undefined){
let data4 = data.scorecard;
if(typeof data4 === "string"){
if(func1(data4) > 64){
const err13 = {instancePath:instancePath+"/scorecard",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern4.test(data4)){
const err14 = {instancePath:instancePath+"/scorecard",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/scorecard",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.maxScore !== undefined){
let data5 = data.maxScore;
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1000 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/maxScore",schemaPath:"#/properties/maxScore/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema49.properties.maxScore,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5 <= 0 || isNaN(data5)){
const err17 = {instancePath:instancePath+"/maxScore",schemaPath:"#/properties/maxScore/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema49.properties.maxScore,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/maxScore",schemaPath:"#/properties/maxScore/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema49.properties.maxScore.type,parentSchema:schema49.properties.maxScore,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.columns !== undefined){
let data6 = data.columns;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.ticket === undefined){
const err19 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/required",keyword:"required",params:{missingProperty: "ticket"},message:"must have required property '"+"ticket"+"'",schema:schema49.properties.columns.required,parentSchema:schema49.properties.columns,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data6.reviewedAt === undefined){
const err20 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/required",keyword:"required",params:{missingProperty: "reviewedAt"},message:"must have required property '"+"reviewedAt"+"'",schema:schema49.properties.columns.required,parentSchema:schema49.properties.columns,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data6.reviewer === undefined){
const err21 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/required",keyword:"required",params:{missingProperty: "reviewer"},message:"must have required property '"+"reviewer"+"'",schema:schema49.properties.columns.required,parentSchema:schema49.properties.columns,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data6.agent === undefined){
const err22 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/required",keyword:"required",params:{missingProperty: "agent"},message:"must have required property '"+"agent"+"'",schema:schema49.properties.columns.required,parentSchema:schema49.properties.columns,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data6){
if(!((((((key1 === "id") || (key1 === "ticket")) || (key1 === "reviewedAt")) || (key1 === "reviewer")) || (key1 === "agent")) || (key1 === "scorecard"))){
const err23 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema49.properties.columns,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.id !== undefined){
let data7 = data6.id;
if(typeof data7 !== "string"){
const err24 = {instancePath:instancePath+"/columns/id",schemaPath:"#/properties/columns/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.columns.properties.id.type,parentSchema:schema49.properties.columns.properties.id,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.ticket !== undefined){
let data8 = data6.ticket;
if(typeof data8 !== "string"){
const err25 = {instancePath:instancePath+"/columns/ticket",schemaPath:"#/properties/columns/properties/ticket/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.columns.properties.ticket.type,parentSchema:schema49.properties.columns.properties.ticket,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data6.reviewedAt !== undefined){
let data9 = data6.reviewedAt;
if(typeof data9 !== "string"){
const err26 = {instancePath:instancePath+"/columns/reviewedAt",schemaPath:"#/properties/columns/properties/reviewedAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.columns.properties.reviewedAt.type,parentSchema:schema49.properties.columns.properties.reviewedAt,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.reviewer !== undefined){
let data10 = data6.reviewer;
if(typeof data10 !== "string"){
const err27 = {instancePath:instancePath+"/columns/reviewer",schemaPath:"#/properties/columns/properties/reviewer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.columns.properties.reviewer.type,parentSchema:schema49.properties.columns.properties.reviewer,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data6.agent !== undefined){
let data11 = data6.agent;
if(typeof data11 !== "string"){
const err28 = {instancePath:instancePath+"/columns/agent",schemaPath:"#/properties/columns/properties/agent/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.columns.properties.agent.type,parentSchema:schema49.properties.columns.properties.agent,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data6.scorecard !== undefined){
let data12 = data6.scorecard;
if(typeof data12 !== "string"){
const err29 = {instancePath:instancePath+"/columns/scorecard",schemaPath:"#/properties/columns/properties/scorecard/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.columns.properties.scorecard.type,parentSchema:schema49.properties.columns.properties.scorecard,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.properties.columns.type,parentSchema:schema49.properties.columns,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.behaviours !== undefined){
let data13 = data.behaviours;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key2 in data13){
const _errs32 = errors;
if(typeof key2 === "string"){
if(func1(key2) > 64){
const err31 = {instancePath:instancePath+"/behaviours",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!pattern4.test(key2)){
const err32 = {instancePath:instancePath+"/behaviours",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:key2,propertyName:key2};
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
const err33 = {instancePath:instancePath+"/behaviours",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var valid3 = _errs32 === errors;
if(!valid3){
const err34 = {instancePath:instancePath+"/behaviours",schemaPath:"#/properties/behaviours/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema49.properties.behaviours.propertyNames,parentSchema:schema49.properties.behaviours,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
for(const key3 in data13){
let data14 = data13[key3];
if(typeof data14 === "string"){
if(func1(data14) < 1){
const err35 = {instancePath:instancePath+"/behaviours/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/behaviours/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.behaviours.additionalProperties,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/behaviours/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/behaviours/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.behaviours.additionalProperties.type,parentSchema:schema49.properties.behaviours.additionalProperties,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/behaviours",schemaPath:"#/properties/behaviours/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.properties.behaviours.type,parentSchema:schema49.properties.behaviours,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.ignoreColumns !== undefined){
let data15 = data.ignoreColumns;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
if(typeof data16 === "string"){
if(func1(data16) < 1){
const err38 = {instancePath:instancePath+"/ignoreColumns/" + i0,schemaPath:"#/properties/ignoreColumns/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.ignoreColumns.items,data:data16};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/ignoreColumns/" + i0,schemaPath:"#/properties/ignoreColumns/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.ignoreColumns.items.type,parentSchema:schema49.properties.ignoreColumns.items,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
let i1 = data15.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data15[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err40 = {instancePath:instancePath+"/ignoreColumns",schemaPath:"#/properties/ignoreColumns/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema49.properties.ignoreColumns,data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err41 = {instancePath:instancePath+"/ignoreColumns",schemaPath:"#/properties/ignoreColumns/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.properties.ignoreColumns.type,parentSchema:schema49.properties.ignoreColumns,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.values !== undefined){
let data17 = data.values;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key4 in data17){
if(!((key4 === "scorecard") || (key4 === "result"))){
const err42 = {instancePath:instancePath+"/values",schemaPath:"#/properties/values/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema49.properties.values,data:data17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data17.scorecard !== undefined){
let data18 = data17.scorecard;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key5 in data18){
let data19 = data18[key5];
if(typeof data19 === "string"){
if(func1(data19) > 64){
const err43 = {instancePath:instancePath+"/values/scorecard/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data19};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!pattern4.test(data19)){
const err44 = {instancePath:instancePath+"/values/scorecard/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data19};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/values/scorecard/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data19};
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
const err46 = {instancePath:instancePath+"/values/scorecard",schemaPath:"#/properties/values/properties/scorecard/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.properties.values.properties.scorecard.type,parentSchema:schema49.properties.values.properties.scorecard,data:data18};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data17.result !== undefined){
let data20 = data17.result;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
for(const key6 in data20){
let data21 = data20[key6];
if(typeof data21 !== "string"){
const err47 = {instancePath:instancePath+"/values/result/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/values/properties/result/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.values.properties.result.additionalProperties.type,parentSchema:schema49.properties.values.properties.result.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!(((data21 === "pass") || (data21 === "fail")) || (data21 === "na"))){
const err48 = {instancePath:instancePath+"/values/result/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/values/properties/result/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema49.properties.values.properties.result.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema49.properties.values.properties.result.additionalProperties.enum,parentSchema:schema49.properties.values.properties.result.additionalProperties,data:data21};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
else {
const err49 = {instancePath:instancePath+"/values/result",schemaPath:"#/properties/values/properties/result/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.properties.values.properties.result.type,parentSchema:schema49.properties.values.properties.result,data:data20};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
}
else {
const err50 = {instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.properties.values.type,parentSchema:schema49.properties.values,data:data17};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
});
var validate35 = (function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.timezone === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timezone"},message:"must have required property '"+"timezone"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.columns === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "path") || (key0 === "timezone")) || (key0 === "delimiter")) || (key0 === "skipBadRows")) || (key0 === "columns")) || (key0 === "values"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.path,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.path.type,parentSchema:schema53.properties.path,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.timezone !== undefined){
let data1 = data.timezone;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err6 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.timezone,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/timezone",schemaPath:"#/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.timezone.type,parentSchema:schema53.properties.timezone,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.delimiter !== undefined){
let data2 = data.delimiter;
if(typeof data2 === "string"){
if(func1(data2) > 1){
const err8 = {instancePath:instancePath+"/delimiter",schemaPath:"#/properties/delimiter/maxLength",keyword:"maxLength",params:{limit: 1},message:"must NOT have more than 1 characters",schema:1,parentSchema:schema53.properties.delimiter,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func1(data2) < 1){
const err9 = {instancePath:instancePath+"/delimiter",schemaPath:"#/properties/delimiter/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.delimiter,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern9.test(data2)){
const err10 = {instancePath:instancePath+"/delimiter",schemaPath:"#/properties/delimiter/pattern",keyword:"pattern",params:{pattern: "^[^\\r\\n\"]$"},message:"must match pattern \""+"^[^\\r\\n\"]$"+"\"",schema:"^[^\\r\\n\"]$",parentSchema:schema53.properties.delimiter,data:data2};
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
const err11 = {instancePath:instancePath+"/delimiter",schemaPath:"#/properties/delimiter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.delimiter.type,parentSchema:schema53.properties.delimiter,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.skipBadRows !== undefined){
let data3 = data.skipBadRows;
if(typeof data3 !== "boolean"){
const err12 = {instancePath:instancePath+"/skipBadRows",schemaPath:"#/properties/skipBadRows/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema53.properties.skipBadRows.type,parentSchema:schema53.properties.skipBadRows,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.columns !== undefined){
let data4 = data.columns;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.sop === undefined){
const err13 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/required",keyword:"required",params:{missingProperty: "sop"},message:"must have required property '"+"sop"+"'",schema:schema53.properties.columns.required,parentSchema:schema53.properties.columns,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4.version === undefined){
const err14 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema53.properties.columns.required,parentSchema:schema53.properties.columns,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4.person === undefined){
const err15 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/required",keyword:"required",params:{missingProperty: "person"},message:"must have required property '"+"person"+"'",schema:schema53.properties.columns.required,parentSchema:schema53.properties.columns,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data4.at === undefined){
const err16 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'",schema:schema53.properties.columns.required,parentSchema:schema53.properties.columns,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data4){
if(!((((key1 === "sop") || (key1 === "version")) || (key1 === "person")) || (key1 === "at"))){
const err17 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema53.properties.columns,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data4.sop !== undefined){
let data5 = data4.sop;
if(typeof data5 !== "string"){
const err18 = {instancePath:instancePath+"/columns/sop",schemaPath:"#/properties/columns/properties/sop/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.columns.properties.sop.type,parentSchema:schema53.properties.columns.properties.sop,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4.version !== undefined){
let data6 = data4.version;
if(typeof data6 !== "string"){
const err19 = {instancePath:instancePath+"/columns/version",schemaPath:"#/properties/columns/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.columns.properties.version.type,parentSchema:schema53.properties.columns.properties.version,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data4.person !== undefined){
let data7 = data4.person;
if(typeof data7 !== "string"){
const err20 = {instancePath:instancePath+"/columns/person",schemaPath:"#/properties/columns/properties/person/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.columns.properties.person.type,parentSchema:schema53.properties.columns.properties.person,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data4.at !== undefined){
let data8 = data4.at;
if(typeof data8 !== "string"){
const err21 = {instancePath:instancePath+"/columns/at",schemaPath:"#/properties/columns/properties/at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.columns.properties.at.type,parentSchema:schema53.properties.columns.properties.at,data:data8};
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
else {
const err22 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.properties.columns.type,parentSchema:schema53.properties.columns,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.values !== undefined){
let data9 = data.values;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
if(!(key2 === "sop")){
const err23 = {instancePath:instancePath+"/values",schemaPath:"#/properties/values/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema53.properties.values,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data9.sop !== undefined){
let data10 = data9.sop;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key3 in data10){
let data11 = data10[key3];
if(typeof data11 === "string"){
if(func1(data11) > 64){
const err24 = {instancePath:instancePath+"/values/sop/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!pattern4.test(data11)){
const err25 = {instancePath:instancePath+"/values/sop/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data11};
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
const err26 = {instancePath:instancePath+"/values/sop/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data11};
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
else {
const err27 = {instancePath:instancePath+"/values/sop",schemaPath:"#/properties/values/properties/sop/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.properties.values.properties.sop.type,parentSchema:schema53.properties.values.properties.sop,data:data10};
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
else {
const err28 = {instancePath:instancePath+"/values",schemaPath:"#/properties/values/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.properties.values.type,parentSchema:schema53.properties.values,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
});
var validate38 = (function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data0 = data[key0];
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/priority/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.type,parentSchema:schema56,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data0 === "low") || (data0 === "normal")) || (data0 === "high")) || (data0 === "urgent"))){
const err1 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/priority/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values",schema:schema56.enum,parentSchema:schema56,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
});
var validate40 = (function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data0 = data[key0];
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.type,parentSchema:schema64,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((data0 === "email") || (data0 === "web")) || (data0 === "chat")) || (data0 === "phone")) || (data0 === "social")) || (data0 === "api"))){
const err1 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/channel/enum",keyword:"enum",params:{allowedValues: schema64.enum},message:"must be equal to one of the allowed values",schema:schema64.enum,parentSchema:schema64,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
});
var validate42 = (function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data0 = data[key0];
if(typeof data0 !== "string"){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/ticketStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.type,parentSchema:schema66,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((((data0 === "new") || (data0 === "open")) || (data0 === "pending")) || (data0 === "on-hold")) || (data0 === "solved")) || (data0 === "closed"))){
const err1 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/ticketStatus/enum",keyword:"enum",params:{allowedValues: schema66.enum},message:"must be equal to one of the allowed values",schema:schema66.enum,parentSchema:schema66,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
});
var validate44 = (function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
let data0 = data[key0];
if(typeof data0 === "string"){
if(func1(data0) > 64){
const err0 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!pattern4.test(data0)){
const err1 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.type,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
});
var validate37 = (function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "priority") || (key0 === "channel")) || (key0 === "status")) || (key0 === "team"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.priority !== undefined){
if(!(validate38(data.priority, {instancePath:instancePath+"/priority",parentData:data,parentDataProperty:"priority",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
if(data.channel !== undefined){
if(!(validate40(data.channel, {instancePath:instancePath+"/channel",parentData:data,parentDataProperty:"channel",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
if(data.status !== undefined){
if(!(validate42(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
if(data.team !== undefined){
if(!(validate44(data.team, {instancePath:instancePath+"/team",parentData:data,parentDataProperty:"team",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate44.errors : vErrors.concat(validate44.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
});
var validate32 = (function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="pipeline.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.organisation === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "organisation"},message:"must have required property '"+"organisation"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func9.call(schema41.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("Pipeline" !== data0){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Pipeline"},message:"must be equal to constant",schema:"Pipeline",parentSchema:schema41.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func1(data1) > 64){
const err5 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!pattern4.test(data1)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.organisation !== undefined){
let data2 = data.organisation;
if(typeof data2 === "string"){
if(func1(data2) > 120){
const err8 = {instancePath:instancePath+"/organisation",schemaPath:"#/properties/organisation/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema41.properties.organisation,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func1(data2) < 2){
const err9 = {instancePath:instancePath+"/organisation",schemaPath:"#/properties/organisation/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema41.properties.organisation,data:data2};
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
const err10 = {instancePath:instancePath+"/organisation",schemaPath:"#/properties/organisation/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.organisation.type,parentSchema:schema41.properties.organisation,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.owner !== undefined){
let data3 = data.owner;
if(typeof data3 === "string"){
if(func1(data3) > 64){
const err11 = {instancePath:instancePath+"/owner",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern4.test(data3)){
const err12 = {instancePath:instancePath+"/owner",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data3};
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
const err13 = {instancePath:instancePath+"/owner",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.source !== undefined){
let data4 = data.source;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.type === undefined){
const err14 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema41.properties.source.required,parentSchema:schema41.properties.source,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data4){
if(!((((((((key1 === "type") || (key1 === "sample")) || (key1 === "csv")) || (key1 === "qa")) || (key1 === "acknowledgements")) || (key1 === "zendesk")) || (key1 === "freshdesk")) || (key1 === "githubIssues"))){
const err15 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.source,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data4.type !== undefined){
let data5 = data4.type;
if(typeof data5 !== "string"){
const err16 = {instancePath:instancePath+"/source/type",schemaPath:"#/properties/source/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.source.properties.type.type,parentSchema:schema41.properties.source.properties.type,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!(((((data5 === "sample") || (data5 === "csv")) || (data5 === "zendesk")) || (data5 === "freshdesk")) || (data5 === "github-issues"))){
const err17 = {instancePath:instancePath+"/source/type",schemaPath:"#/properties/source/properties/type/enum",keyword:"enum",params:{allowedValues: schema41.properties.source.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema41.properties.source.properties.type.enum,parentSchema:schema41.properties.source.properties.type,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data4.sample !== undefined){
let data6 = data4.sample;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key2 in data6){
if(!(((key2 === "tickets") || (key2 === "days")) || (key2 === "seed"))){
const err18 = {instancePath:instancePath+"/source/sample",schemaPath:"#/properties/source/properties/sample/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.source.properties.sample,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data6.tickets !== undefined){
let data7 = data6.tickets;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err19 = {instancePath:instancePath+"/source/sample/tickets",schemaPath:"#/properties/source/properties/sample/properties/tickets/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.source.properties.sample.properties.tickets.type,parentSchema:schema41.properties.source.properties.sample.properties.tickets,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 20000000 || isNaN(data7)){
const err20 = {instancePath:instancePath+"/source/sample/tickets",schemaPath:"#/properties/source/properties/sample/properties/tickets/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20000000},message:"must be <= 20000000",schema:20000000,parentSchema:schema41.properties.source.properties.sample.properties.tickets,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err21 = {instancePath:instancePath+"/source/sample/tickets",schemaPath:"#/properties/source/properties/sample/properties/tickets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41.properties.source.properties.sample.properties.tickets,data:data7};
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
if(data6.days !== undefined){
let data8 = data6.days;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err22 = {instancePath:instancePath+"/source/sample/days",schemaPath:"#/properties/source/properties/sample/properties/days/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.source.properties.sample.properties.days.type,parentSchema:schema41.properties.source.properties.sample.properties.days,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 3650 || isNaN(data8)){
const err23 = {instancePath:instancePath+"/source/sample/days",schemaPath:"#/properties/source/properties/sample/properties/days/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema41.properties.source.properties.sample.properties.days,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err24 = {instancePath:instancePath+"/source/sample/days",schemaPath:"#/properties/source/properties/sample/properties/days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.source.properties.sample.properties.days,data:data8};
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
if(data6.seed !== undefined){
let data9 = data6.seed;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err25 = {instancePath:instancePath+"/source/sample/seed",schemaPath:"#/properties/source/properties/sample/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.source.properties.sample.properties.seed.type,parentSchema:schema41.properties.source.properties.sample.properties.seed,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/source/sample",schemaPath:"#/properties/source/properties/sample/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.source.properties.sample.type,parentSchema:schema41.properties.source.properties.sample,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data4.csv !== undefined){
let data10 = data4.csv;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.path === undefined){
const err27 = {instancePath:instancePath+"/source/csv",schemaPath:"#/properties/source/properties/csv/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'",schema:schema41.properties.source.properties.csv.required,parentSchema:schema41.properties.source.properties.csv,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data10.timezone === undefined){
const err28 = {instancePath:instancePath+"/source/csv",schemaPath:"#/properties/source/properties/csv/required",keyword:"required",params:{missingProperty: "timezone"},message:"must have required property '"+"timezone"+"'",schema:schema41.properties.source.properties.csv.required,parentSchema:schema41.properties.source.properties.csv,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data10.columns === undefined){
const err29 = {instancePath:instancePath+"/source/csv",schemaPath:"#/properties/source/properties/csv/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'",schema:schema41.properties.source.properties.csv.required,parentSchema:schema41.properties.source.properties.csv,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key3 in data10){
if(!(((((((key3 === "path") || (key3 === "timezone")) || (key3 === "delimiter")) || (key3 === "encoding")) || (key3 === "skipBadRows")) || (key3 === "columns")) || (key3 === "values"))){
const err30 = {instancePath:instancePath+"/source/csv",schemaPath:"#/properties/source/properties/csv/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.source.properties.csv,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data10.path !== undefined){
let data11 = data10.path;
if(typeof data11 === "string"){
if(func1(data11) < 1){
const err31 = {instancePath:instancePath+"/source/csv/path",schemaPath:"#/properties/source/properties/csv/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.source.properties.csv.properties.path,data:data11};
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
const err32 = {instancePath:instancePath+"/source/csv/path",schemaPath:"#/properties/source/properties/csv/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.source.properties.csv.properties.path.type,parentSchema:schema41.properties.source.properties.csv.properties.path,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data10.timezone !== undefined){
let data12 = data10.timezone;
if(typeof data12 === "string"){
if(func1(data12) < 1){
const err33 = {instancePath:instancePath+"/source/csv/timezone",schemaPath:"#/properties/source/properties/csv/properties/timezone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.source.properties.csv.properties.timezone,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/source/csv/timezone",schemaPath:"#/properties/source/properties/csv/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.source.properties.csv.properties.timezone.type,parentSchema:schema41.properties.source.properties.csv.properties.timezone,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data10.delimiter !== undefined){
let data13 = data10.delimiter;
if(typeof data13 === "string"){
if(func1(data13) > 1){
const err35 = {instancePath:instancePath+"/source/csv/delimiter",schemaPath:"#/properties/source/properties/csv/properties/delimiter/maxLength",keyword:"maxLength",params:{limit: 1},message:"must NOT have more than 1 characters",schema:1,parentSchema:schema41.properties.source.properties.csv.properties.delimiter,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(func1(data13) < 1){
const err36 = {instancePath:instancePath+"/source/csv/delimiter",schemaPath:"#/properties/source/properties/csv/properties/delimiter/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.source.properties.csv.properties.delimiter,data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!pattern9.test(data13)){
const err37 = {instancePath:instancePath+"/source/csv/delimiter",schemaPath:"#/properties/source/properties/csv/properties/delimiter/pattern",keyword:"pattern",params:{pattern: "^[^\\r\\n\"]$"},message:"must match pattern \""+"^[^\\r\\n\"]$"+"\"",schema:"^[^\\r\\n\"]$",parentSchema:schema41.properties.source.properties.csv.properties.delimiter,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/source/csv/delimiter",schemaPath:"#/properties/source/properties/csv/properties/delimiter/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.source.properties.csv.properties.delimiter.type,parentSchema:schema41.properties.source.properties.csv.properties.delimiter,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data10.encoding !== undefined){
let data14 = data10.encoding;
if(!(((data14 === "utf-8") || (data14 === "windows-1252")) || (data14 === "latin1"))){
const err39 = {instancePath:instancePath+"/source/csv/encoding",schemaPath:"#/properties/source/properties/csv/properties/encoding/enum",keyword:"enum",params:{allowedValues: schema41.properties.source.properties.csv.properties.encoding.enum},message:"must be equal to one of the allowed values",schema:schema41.properties.source.properties.csv.properties.encoding.enum,parentSchema:schema41.properties.source.properties.csv.properties.encoding,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data10.skipBadRows !== undefined){
let data15 = data10.skipBadRows;
if(typeof data15 !== "boolean"){
const err40 = {instancePath:instancePath+"/source/csv/skipBadRows",schemaPath:"#/properties/source/properties/csv/properties/skipBadRows/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.source.properties.csv.properties.skipBadRows.type,parentSchema:schema41.properties.source.properties.csv.properties.skipBadRows,data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data10.columns !== undefined){
let data16 = data10.columns;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.id === undefined){
const err41 = {instancePath:instancePath+"/source/csv/columns",schemaPath:"#/$defs/csvColumns/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema44.required,parentSchema:schema44,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data16.created === undefined){
const err42 = {instancePath:instancePath+"/source/csv/columns",schemaPath:"#/$defs/csvColumns/required",keyword:"required",params:{missingProperty: "created"},message:"must have required property '"+"created"+"'",schema:schema44.required,parentSchema:schema44,data:data16};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data16.priority === undefined){
const err43 = {instancePath:instancePath+"/source/csv/columns",schemaPath:"#/$defs/csvColumns/required",keyword:"required",params:{missingProperty: "priority"},message:"must have required property '"+"priority"+"'",schema:schema44.required,parentSchema:schema44,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data16.status === undefined){
const err44 = {instancePath:instancePath+"/source/csv/columns",schemaPath:"#/$defs/csvColumns/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema44.required,parentSchema:schema44,data:data16};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key4 in data16){
if(!(func9.call(schema44.properties, key4))){
const err45 = {instancePath:instancePath+"/source/csv/columns",schemaPath:"#/$defs/csvColumns/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data16.id !== undefined){
let data17 = data16.id;
if(typeof data17 !== "string"){
const err46 = {instancePath:instancePath+"/source/csv/columns/id",schemaPath:"#/$defs/csvColumns/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.id.type,parentSchema:schema44.properties.id,data:data17};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data16.created !== undefined){
let data18 = data16.created;
if(typeof data18 !== "string"){
const err47 = {instancePath:instancePath+"/source/csv/columns/created",schemaPath:"#/$defs/csvColumns/properties/created/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.created.type,parentSchema:schema44.properties.created,data:data18};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data16.updated !== undefined){
let data19 = data16.updated;
if(typeof data19 !== "string"){
const err48 = {instancePath:instancePath+"/source/csv/columns/updated",schemaPath:"#/$defs/csvColumns/properties/updated/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.updated.type,parentSchema:schema44.properties.updated,data:data19};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data16.priority !== undefined){
let data20 = data16.priority;
if(typeof data20 !== "string"){
const err49 = {instancePath:instancePath+"/source/csv/columns/priority",schemaPath:"#/$defs/csvColumns/properties/priority/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.priority.type,parentSchema:schema44.properties.priority,data:data20};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data16.channel !== undefined){
let data21 = data16.channel;
if(typeof data21 !== "string"){
const err50 = {instancePath:instancePath+"/source/csv/columns/channel",schemaPath:"#/$defs/csvColumns/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.channel.type,parentSchema:schema44.properties.channel,data:data21};
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
let data22 = data16.status;
if(typeof data22 !== "string"){
const err51 = {instancePath:instancePath+"/source/csv/columns/status",schemaPath:"#/$defs/csvColumns/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.status.type,parentSchema:schema44.properties.status,data:data22};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data16.team !== undefined){
let data23 = data16.team;
if(typeof data23 !== "string"){
const err52 = {instancePath:instancePath+"/source/csv/columns/team",schemaPath:"#/$defs/csvColumns/properties/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.team.type,parentSchema:schema44.properties.team,data:data23};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data16.category !== undefined){
let data24 = data16.category;
if(typeof data24 !== "string"){
const err53 = {instancePath:instancePath+"/source/csv/columns/category",schemaPath:"#/$defs/csvColumns/properties/category/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.category.type,parentSchema:schema44.properties.category,data:data24};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data16.tags !== undefined){
let data25 = data16.tags;
if(typeof data25 !== "string"){
const err54 = {instancePath:instancePath+"/source/csv/columns/tags",schemaPath:"#/$defs/csvColumns/properties/tags/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.tags.type,parentSchema:schema44.properties.tags,data:data25};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data16.firstReplyAt !== undefined){
let data26 = data16.firstReplyAt;
if(typeof data26 !== "string"){
const err55 = {instancePath:instancePath+"/source/csv/columns/firstReplyAt",schemaPath:"#/$defs/csvColumns/properties/firstReplyAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.firstReplyAt.type,parentSchema:schema44.properties.firstReplyAt,data:data26};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data16.solvedAt !== undefined){
let data27 = data16.solvedAt;
if(typeof data27 !== "string"){
const err56 = {instancePath:instancePath+"/source/csv/columns/solvedAt",schemaPath:"#/$defs/csvColumns/properties/solvedAt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.solvedAt.type,parentSchema:schema44.properties.solvedAt,data:data27};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data16.reopens !== undefined){
let data28 = data16.reopens;
if(typeof data28 !== "string"){
const err57 = {instancePath:instancePath+"/source/csv/columns/reopens",schemaPath:"#/$defs/csvColumns/properties/reopens/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.reopens.type,parentSchema:schema44.properties.reopens,data:data28};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data16.agentReplies !== undefined){
let data29 = data16.agentReplies;
if(typeof data29 !== "string"){
const err58 = {instancePath:instancePath+"/source/csv/columns/agentReplies",schemaPath:"#/$defs/csvColumns/properties/agentReplies/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.agentReplies.type,parentSchema:schema44.properties.agentReplies,data:data29};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data16.satisfaction !== undefined){
let data30 = data16.satisfaction;
if(typeof data30 !== "string"){
const err59 = {instancePath:instancePath+"/source/csv/columns/satisfaction",schemaPath:"#/$defs/csvColumns/properties/satisfaction/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.satisfaction.type,parentSchema:schema44.properties.satisfaction,data:data30};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data16.nps !== undefined){
let data31 = data16.nps;
if(typeof data31 !== "string"){
const err60 = {instancePath:instancePath+"/source/csv/columns/nps",schemaPath:"#/$defs/csvColumns/properties/nps/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.nps.type,parentSchema:schema44.properties.nps,data:data31};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/source/csv/columns",schemaPath:"#/$defs/csvColumns/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data:data16};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data10.values !== undefined){
let data32 = data10.values;
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
for(const key5 in data32){
if(!((((key5 === "priority") || (key5 === "channel")) || (key5 === "status")) || (key5 === "team"))){
const err62 = {instancePath:instancePath+"/source/csv/values",schemaPath:"#/properties/source/properties/csv/properties/values/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.source.properties.csv.properties.values,data:data32};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data32.priority !== undefined){
let data33 = data32.priority;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key6 in data33){
let data34 = data33[key6];
if(typeof data34 !== "string"){
const err63 = {instancePath:instancePath+"/source/csv/values/priority/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/valueMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.additionalProperties.type,parentSchema:schema45.additionalProperties,data:data34};
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
else {
const err64 = {instancePath:instancePath+"/source/csv/values/priority",schemaPath:"#/$defs/valueMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data33};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data32.channel !== undefined){
let data35 = data32.channel;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
for(const key7 in data35){
let data36 = data35[key7];
if(typeof data36 !== "string"){
const err65 = {instancePath:instancePath+"/source/csv/values/channel/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/valueMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.additionalProperties.type,parentSchema:schema45.additionalProperties,data:data36};
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
const err66 = {instancePath:instancePath+"/source/csv/values/channel",schemaPath:"#/$defs/valueMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data35};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data32.status !== undefined){
let data37 = data32.status;
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
for(const key8 in data37){
let data38 = data37[key8];
if(typeof data38 !== "string"){
const err67 = {instancePath:instancePath+"/source/csv/values/status/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/valueMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.additionalProperties.type,parentSchema:schema45.additionalProperties,data:data38};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/source/csv/values/status",schemaPath:"#/$defs/valueMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data37};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data32.team !== undefined){
let data39 = data32.team;
if(data39 && typeof data39 == "object" && !Array.isArray(data39)){
for(const key9 in data39){
let data40 = data39[key9];
if(typeof data40 !== "string"){
const err69 = {instancePath:instancePath+"/source/csv/values/team/" + key9.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/valueMap/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.additionalProperties.type,parentSchema:schema45.additionalProperties,data:data40};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
}
else {
const err70 = {instancePath:instancePath+"/source/csv/values/team",schemaPath:"#/$defs/valueMap/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data39};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
else {
const err71 = {instancePath:instancePath+"/source/csv/values",schemaPath:"#/properties/source/properties/csv/properties/values/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.source.properties.csv.properties.values.type,parentSchema:schema41.properties.source.properties.csv.properties.values,data:data32};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
else {
const err72 = {instancePath:instancePath+"/source/csv",schemaPath:"#/properties/source/properties/csv/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.source.properties.csv.type,parentSchema:schema41.properties.source.properties.csv,data:data10};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data4.qa !== undefined){
let data41 = data4.qa;
if(data41 && typeof data41 == "object" && !Array.isArray(data41)){
if(data41.csv === undefined){
const err73 = {instancePath:instancePath+"/source/qa",schemaPath:"#/properties/source/properties/qa/required",keyword:"required",params:{missingProperty: "csv"},message:"must have required property '"+"csv"+"'",schema:schema41.properties.source.properties.qa.required,parentSchema:schema41.properties.source.properties.qa,data:data41};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
for(const key10 in data41){
if(!(key10 === "csv")){
const err74 = {instancePath:instancePath+"/source/qa",schemaPath:"#/properties/source/properties/qa/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.source.properties.qa,data:data41};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data41.csv !== undefined){
if(!(validate33(data41.csv, {instancePath:instancePath+"/source/qa/csv",parentData:data41,parentDataProperty:"csv",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err75 = {instancePath:instancePath+"/source/qa",schemaPath:"#/properties/source/properties/qa/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.source.properties.qa.type,parentSchema:schema41.properties.source.properties.qa,data:data41};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data4.acknowledgements !== undefined){
let data43 = data4.acknowledgements;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.csv === undefined){
const err76 = {instancePath:instancePath+"/source/acknowledgements",schemaPath:"#/properties/source/properties/acknowledgements/required",keyword:"required",params:{missingProperty: "csv"},message:"must have required property '"+"csv"+"'",schema:schema41.properties.source.properties.acknowledgements.required,parentSchema:schema41.properties.source.properties.acknowledgements,data:data43};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
for(const key11 in data43){
if(!(key11 === "csv")){
const err77 = {instancePath:instancePath+"/source/acknowledgements",schemaPath:"#/properties/source/properties/acknowledgements/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.source.properties.acknowledgements,data:data43};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data43.csv !== undefined){
if(!(validate35(data43.csv, {instancePath:instancePath+"/source/acknowledgements/csv",parentData:data43,parentDataProperty:"csv",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
}
else {
const err78 = {instancePath:instancePath+"/source/acknowledgements",schemaPath:"#/properties/source/properties/acknowledgements/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.source.properties.acknowledgements.type,parentSchema:schema41.properties.source.properties.acknowledgements,data:data43};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data4.zendesk !== undefined){
let data45 = data4.zendesk;
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.subdomain === undefined){
const err79 = {instancePath:instancePath+"/source/zendesk",schemaPath:"#/properties/source/properties/zendesk/required",keyword:"required",params:{missingProperty: "subdomain"},message:"must have required property '"+"subdomain"+"'",schema:schema41.properties.source.properties.zendesk.required,parentSchema:schema41.properties.source.properties.zendesk,data:data45};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
for(const key12 in data45){
if(!(func9.call(schema41.properties.source.properties.zendesk.properties, key12))){
const err80 = {instancePath:instancePath+"/source/zendesk",schemaPath:"#/properties/source/properties/zendesk/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.source.properties.zendesk,data:data45};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data45.subdomain !== undefined){
let data46 = data45.subdomain;
if(typeof data46 === "string"){
if(!pattern16.test(data46)){
const err81 = {instancePath:instancePath+"/source/zendesk/subdomain",schemaPath:"#/properties/source/properties/zendesk/properties/subdomain/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema41.properties.source.properties.zendesk.properties.subdomain,data:data46};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
else {
const err82 = {instancePath:instancePath+"/source/zendesk/subdomain",schemaPath:"#/properties/source/properties/zendesk/properties/subdomain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.source.properties.zendesk.properties.subdomain.type,parentSchema:schema41.properties.source.properties.zendesk.properties.subdomain,data:data46};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data45.baseUrl !== undefined){
let data47 = data45.baseUrl;
if(typeof data47 === "string"){
if(!pattern17.test(data47)){
const err83 = {instancePath:instancePath+"/source/zendesk/baseUrl",schemaPath:"#/properties/source/properties/zendesk/properties/baseUrl/pattern",keyword:"pattern",params:{pattern: "^https?://[^/]+/?$"},message:"must match pattern \""+"^https?://[^/]+/?$"+"\"",schema:"^https?://[^/]+/?$",parentSchema:schema41.properties.source.properties.zendesk.properties.baseUrl,data:data47};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(!(formats6(data47))){
const err84 = {instancePath:instancePath+"/source/zendesk/baseUrl",schemaPath:"#/properties/source/properties/zendesk/properties/baseUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema41.properties.source.properties.zendesk.properties.baseUrl,data:data47};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
else {
const err85 = {instancePath:instancePath+"/source/zendesk/baseUrl",schemaPath:"#/properties/source/properties/zendesk/properties/baseUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.source.properties.zendesk.properties.baseUrl.type,parentSchema:schema41.properties.source.properties.zendesk.properties.baseUrl,data:data47};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data45.emailEnv !== undefined){
let data48 = data45.emailEnv;
if(typeof data48 === "string"){
if(!pattern18.test(data48)){
const err86 = {instancePath:instancePath+"/source/zendesk/emailEnv",schemaPath:"#/properties/source/properties/zendesk/properties/emailEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Z_][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z_][A-Z0-9_]*$"+"\"",schema:"^[A-Z_][A-Z0-9_]*$",parentSchema:schema41.properties.source.properties.zendesk.properties.emailEnv,data:data48};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/source/zendesk/emailEnv",schemaPath:"#/properties/source/properties/zendesk/properties/emailEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.source.properties.zendesk.properties.emailEnv.type,parentSchema:schema41.properties.source.properties.zendesk.properties.emailEnv,data:data48};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data45.tokenEnv !== undefined){
let data49 = data45.tokenEnv;
if(typeof data49 === "string"){
if(!pattern18.test(data49)){
const err88 = {instancePath:instancePath+"/source/zendesk/tokenEnv",schemaPath:"#/properties/source/properties/zendesk/properties/tokenEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Z_][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z_][A-Z0-9_]*$"+"\"",schema:"^[A-Z_][A-Z0-9_]*$",parentSchema:schema41.properties.source.properties.zendesk.properties.tokenEnv,data:data49};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
else {
const err89 = {instancePath:instancePath+"/source/zendesk/tokenEnv",schemaPath:"#/properties/source/properties/zendesk/properties/tokenEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.source.properties.zendesk.properties.tokenEnv.type,parentSchema:schema41.properties.source.properties.zendesk.properties.tokenEnv,data:data49};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data45.startDate !== undefined){
let data50 = data45.startDate;
if(typeof data50 === "string"){
if(!(formats0.validate(data50))){
const err90 = {instancePath:instancePath+"/source/zendesk/startDate",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema37,data:data50};
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
const err91 = {instancePath:instancePath+"/source/zendesk/startDate",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data50};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data45.defaultPriority !== undefined){
let data51 = data45.defaultPriority;
if(typeof data51 !== "string"){
const err92 = {instancePath:instancePath+"/source/zendesk/defaultPriority",schemaPath:"common.schema.json#/$defs/priority/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.type,parentSchema:schema56,data:data51};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(!((((data51 === "low") || (data51 === "normal")) || (data51 === "high")) || (data51 === "urgent"))){
const err93 = {instancePath:instancePath+"/source/zendesk/defaultPriority",schemaPath:"common.schema.json#/$defs/priority/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values",schema:schema56.enum,parentSchema:schema56,data:data51};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data45.concurrency !== undefined){
let data52 = data45.concurrency;
if(!(((typeof data52 == "number") && (!(data52 % 1) && !isNaN(data52))) && (isFinite(data52)))){
const err94 = {instancePath:instancePath+"/source/zendesk/concurrency",schemaPath:"#/properties/source/properties/zendesk/properties/concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.source.properties.zendesk.properties.concurrency.type,parentSchema:schema41.properties.source.properties.zendesk.properties.concurrency,data:data52};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if((typeof data52 == "number") && (isFinite(data52))){
if(data52 > 16 || isNaN(data52)){
const err95 = {instancePath:instancePath+"/source/zendesk/concurrency",schemaPath:"#/properties/source/properties/zendesk/properties/concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16",schema:16,parentSchema:schema41.properties.source.properties.zendesk.properties.concurrency,data:data52};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data52 < 1 || isNaN(data52)){
const err96 = {instancePath:instancePath+"/source/zendesk/concurrency",schemaPath:"#/properties/source/properties/zendesk/properties/concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.source.properties.zendesk.properties.concurrency,data:data52};
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
if(data45.maxShare !== undefined){
let data53 = data45.maxShare;
const _errs127 = errors;
let valid23 = false;
let passing0 = null;
const _errs128 = errors;
if(typeof data53 === "string"){
if(!pattern20.test(data53)){
const err97 = {instancePath:instancePath+"/source/zendesk/maxShare",schemaPath:"common.schema.json#/$defs/percentage/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\d+(\\.\\d+)?%$"},message:"must match pattern \""+"^\\d+(\\.\\d+)?%$"+"\"",schema:"^\\d+(\\.\\d+)?%$",parentSchema:schema57.oneOf[0],data:data53};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
else {
const err98 = {instancePath:instancePath+"/source/zendesk/maxShare",schemaPath:"common.schema.json#/$defs/percentage/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.oneOf[0].type,parentSchema:schema57.oneOf[0],data:data53};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
var _valid0 = _errs128 === errors;
if(_valid0){
valid23 = true;
passing0 = 0;
}
const _errs130 = errors;
if(!((typeof data53 == "number") && (isFinite(data53)))){
const err99 = {instancePath:instancePath+"/source/zendesk/maxShare",schemaPath:"common.schema.json#/$defs/percentage/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema57.oneOf[1].type,parentSchema:schema57.oneOf[1],data:data53};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
var _valid0 = _errs130 === errors;
if(_valid0 && valid23){
valid23 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid23 = true;
passing0 = 1;
}
}
if(!valid23){
const err100 = {instancePath:instancePath+"/source/zendesk/maxShare",schemaPath:"common.schema.json#/$defs/percentage/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema57.oneOf,parentSchema:schema57,data:data53};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
else {
errors = _errs127;
if(vErrors !== null){
if(_errs127){
vErrors.length = _errs127;
}
else {
vErrors = null;
}
}
}
}
if(data45.highVolume !== undefined){
let data54 = data45.highVolume;
if(typeof data54 !== "boolean"){
const err101 = {instancePath:instancePath+"/source/zendesk/highVolume",schemaPath:"#/properties/source/properties/zendesk/properties/highVolume/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.source.properties.zendesk.properties.highVolume.type,parentSchema:schema41.properties.source.properties.zendesk.properties.highVolume,data:data54};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data45.category !== undefined){
let data55 = data45.category;
const _errs136 = errors;
let valid25 = false;
let passing1 = null;
const _errs137 = errors;
if(typeof data55 !== "string"){
const err102 = {instancePath:instancePath+"/source/zendesk/category",schemaPath:"#/$defs/categoryMapping/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.oneOf[0].type,parentSchema:schema58.oneOf[0],data:data55};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(!(data55 === "type")){
const err103 = {instancePath:instancePath+"/source/zendesk/category",schemaPath:"#/$defs/categoryMapping/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema58.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema58.oneOf[0].enum,parentSchema:schema58.oneOf[0],data:data55};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
var _valid1 = _errs137 === errors;
if(_valid1){
valid25 = true;
passing1 = 0;
}
const _errs139 = errors;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.field === undefined){
const err104 = {instancePath:instancePath+"/source/zendesk/category",schemaPath:"#/$defs/categoryMapping/oneOf/1/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema58.oneOf[1].required,parentSchema:schema58.oneOf[1],data:data55};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
for(const key13 in data55){
if(!((key13 === "field") || (key13 === "values"))){
const err105 = {instancePath:instancePath+"/source/zendesk/category",schemaPath:"#/$defs/categoryMapping/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema58.oneOf[1],data:data55};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data55.field !== undefined){
let data56 = data55.field;
const _errs143 = errors;
let valid27 = false;
const _errs144 = errors;
if(!(((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56))) && (isFinite(data56)))){
const err106 = {instancePath:instancePath+"/source/zendesk/category/field",schemaPath:"#/$defs/categoryMapping/oneOf/1/properties/field/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.oneOf[1].properties.field.anyOf[0].type,parentSchema:schema58.oneOf[1].properties.field.anyOf[0],data:data56};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if((typeof data56 == "number") && (isFinite(data56))){
if(data56 < 1 || isNaN(data56)){
const err107 = {instancePath:instancePath+"/source/zendesk/category/field",schemaPath:"#/$defs/categoryMapping/oneOf/1/properties/field/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema58.oneOf[1].properties.field.anyOf[0],data:data56};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
var _valid2 = _errs144 === errors;
valid27 = valid27 || _valid2;
const _errs146 = errors;
if(typeof data56 === "string"){
if(func1(data56) > 120){
const err108 = {instancePath:instancePath+"/source/zendesk/category/field",schemaPath:"#/$defs/categoryMapping/oneOf/1/properties/field/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema58.oneOf[1].properties.field.anyOf[1],data:data56};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
if(func1(data56) < 1){
const err109 = {instancePath:instancePath+"/source/zendesk/category/field",schemaPath:"#/$defs/categoryMapping/oneOf/1/properties/field/anyOf/1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.oneOf[1].properties.field.anyOf[1],data:data56};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/source/zendesk/category/field",schemaPath:"#/$defs/categoryMapping/oneOf/1/properties/field/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.oneOf[1].properties.field.anyOf[1].type,parentSchema:schema58.oneOf[1].properties.field.anyOf[1],data:data56};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid2 = _errs146 === errors;
valid27 = valid27 || _valid2;
if(!valid27){
const err111 = {instancePath:instancePath+"/source/zendesk/category/field",schemaPath:"#/$defs/categoryMapping/oneOf/1/properties/field/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema58.oneOf[1].properties.field.anyOf,parentSchema:schema58.oneOf[1].properties.field,data:data56};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
else {
errors = _errs143;
if(vErrors !== null){
if(_errs143){
vErrors.length = _errs143;
}
else {
vErrors = null;
}
}
}
}
if(data55.values !== undefined){
let data57 = data55.values;
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
for(const key14 in data57){
let data58 = data57[key14];
if(typeof data58 === "string"){
if(func1(data58) > 120){
const err112 = {instancePath:instancePath+"/source/zendesk/category/values/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/categoryMapping/oneOf/1/properties/values/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema58.oneOf[1].properties.values.additionalProperties,data:data58};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(func1(data58) < 1){
const err113 = {instancePath:instancePath+"/source/zendesk/category/values/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/categoryMapping/oneOf/1/properties/values/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.oneOf[1].properties.values.additionalProperties,data:data58};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
else {
const err114 = {instancePath:instancePath+"/source/zendesk/category/values/" + key14.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/categoryMapping/oneOf/1/properties/values/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.oneOf[1].properties.values.additionalProperties.type,parentSchema:schema58.oneOf[1].properties.values.additionalProperties,data:data58};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
}
else {
const err115 = {instancePath:instancePath+"/source/zendesk/category/values",schemaPath:"#/$defs/categoryMapping/oneOf/1/properties/values/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.oneOf[1].properties.values.type,parentSchema:schema58.oneOf[1].properties.values,data:data57};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
}
else {
const err116 = {instancePath:instancePath+"/source/zendesk/category",schemaPath:"#/$defs/categoryMapping/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.oneOf[1].type,parentSchema:schema58.oneOf[1],data:data55};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
var _valid1 = _errs139 === errors;
if(_valid1 && valid25){
valid25 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid25 = true;
passing1 = 1;
var props0 = true;
}
const _errs153 = errors;
if(data55 && typeof data55 == "object" && !Array.isArray(data55)){
if(data55.tags === undefined){
const err117 = {instancePath:instancePath+"/source/zendesk/category",schemaPath:"#/$defs/categoryMapping/oneOf/2/required",keyword:"required",params:{missingProperty: "tags"},message:"must have required property '"+"tags"+"'",schema:schema58.oneOf[2].required,parentSchema:schema58.oneOf[2],data:data55};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
for(const key15 in data55){
if(!(key15 === "tags")){
const err118 = {instancePath:instancePath+"/source/zendesk/category",schemaPath:"#/$defs/categoryMapping/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema58.oneOf[2],data:data55};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data55.tags !== undefined){
let data59 = data55.tags;
if(data59 && typeof data59 == "object" && !Array.isArray(data59)){
if(Object.keys(data59).length < 1){
const err119 = {instancePath:instancePath+"/source/zendesk/category/tags",schemaPath:"#/$defs/categoryMapping/oneOf/2/properties/tags/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema58.oneOf[2].properties.tags,data:data59};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
for(const key16 in data59){
let data60 = data59[key16];
if(typeof data60 === "string"){
if(func1(data60) > 120){
const err120 = {instancePath:instancePath+"/source/zendesk/category/tags/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/categoryMapping/oneOf/2/properties/tags/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema58.oneOf[2].properties.tags.additionalProperties,data:data60};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if(func1(data60) < 1){
const err121 = {instancePath:instancePath+"/source/zendesk/category/tags/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/categoryMapping/oneOf/2/properties/tags/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.oneOf[2].properties.tags.additionalProperties,data:data60};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
else {
const err122 = {instancePath:instancePath+"/source/zendesk/category/tags/" + key16.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/categoryMapping/oneOf/2/properties/tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.oneOf[2].properties.tags.additionalProperties.type,parentSchema:schema58.oneOf[2].properties.tags.additionalProperties,data:data60};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
else {
const err123 = {instancePath:instancePath+"/source/zendesk/category/tags",schemaPath:"#/$defs/categoryMapping/oneOf/2/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.oneOf[2].properties.tags.type,parentSchema:schema58.oneOf[2].properties.tags,data:data59};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
}
else {
const err124 = {instancePath:instancePath+"/source/zendesk/category",schemaPath:"#/$defs/categoryMapping/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.oneOf[2].type,parentSchema:schema58.oneOf[2],data:data55};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
var _valid1 = _errs153 === errors;
if(_valid1 && valid25){
valid25 = false;
passing1 = [passing1, 2];
}
else {
if(_valid1){
valid25 = true;
passing1 = 2;
if(props0 !== true){
props0 = true;
}
}
}
}
if(!valid25){
const err125 = {instancePath:instancePath+"/source/zendesk/category",schemaPath:"#/$defs/categoryMapping/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema58.oneOf,parentSchema:schema58,data:data55};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
else {
errors = _errs136;
if(vErrors !== null){
if(_errs136){
vErrors.length = _errs136;
}
else {
vErrors = null;
}
}
}
}
if(data45.team !== undefined){
let data61 = data45.team;
const _errs163 = errors;
let valid32 = false;
let passing2 = null;
const _errs164 = errors;
if(typeof data61 !== "string"){
const err126 = {instancePath:instancePath+"/source/zendesk/team",schemaPath:"#/$defs/teamMapping/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.oneOf[0].type,parentSchema:schema59.oneOf[0],data:data61};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
if(!(data61 === "group")){
const err127 = {instancePath:instancePath+"/source/zendesk/team",schemaPath:"#/$defs/teamMapping/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema59.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema59.oneOf[0].enum,parentSchema:schema59.oneOf[0],data:data61};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
var _valid3 = _errs164 === errors;
if(_valid3){
valid32 = true;
passing2 = 0;
}
const _errs166 = errors;
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(data61.field === undefined){
const err128 = {instancePath:instancePath+"/source/zendesk/team",schemaPath:"#/$defs/teamMapping/oneOf/1/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema59.oneOf[1].required,parentSchema:schema59.oneOf[1],data:data61};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
for(const key17 in data61){
if(!(key17 === "field")){
const err129 = {instancePath:instancePath+"/source/zendesk/team",schemaPath:"#/$defs/teamMapping/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema59.oneOf[1],data:data61};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data61.field !== undefined){
let data62 = data61.field;
const _errs170 = errors;
let valid34 = false;
const _errs171 = errors;
if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){
const err130 = {instancePath:instancePath+"/source/zendesk/team/field",schemaPath:"#/$defs/teamMapping/oneOf/1/properties/field/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.oneOf[1].properties.field.anyOf[0].type,parentSchema:schema59.oneOf[1].properties.field.anyOf[0],data:data62};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 < 1 || isNaN(data62)){
const err131 = {instancePath:instancePath+"/source/zendesk/team/field",schemaPath:"#/$defs/teamMapping/oneOf/1/properties/field/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema59.oneOf[1].properties.field.anyOf[0],data:data62};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
var _valid4 = _errs171 === errors;
valid34 = valid34 || _valid4;
const _errs173 = errors;
if(typeof data62 === "string"){
if(func1(data62) > 120){
const err132 = {instancePath:instancePath+"/source/zendesk/team/field",schemaPath:"#/$defs/teamMapping/oneOf/1/properties/field/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema59.oneOf[1].properties.field.anyOf[1],data:data62};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
if(func1(data62) < 1){
const err133 = {instancePath:instancePath+"/source/zendesk/team/field",schemaPath:"#/$defs/teamMapping/oneOf/1/properties/field/anyOf/1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.oneOf[1].properties.field.anyOf[1],data:data62};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
else {
const err134 = {instancePath:instancePath+"/source/zendesk/team/field",schemaPath:"#/$defs/teamMapping/oneOf/1/properties/field/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.oneOf[1].properties.field.anyOf[1].type,parentSchema:schema59.oneOf[1].properties.field.anyOf[1],data:data62};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
var _valid4 = _errs173 === errors;
valid34 = valid34 || _valid4;
if(!valid34){
const err135 = {instancePath:instancePath+"/source/zendesk/team/field",schemaPath:"#/$defs/teamMapping/oneOf/1/properties/field/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema59.oneOf[1].properties.field.anyOf,parentSchema:schema59.oneOf[1].properties.field,data:data62};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
else {
errors = _errs170;
if(vErrors !== null){
if(_errs170){
vErrors.length = _errs170;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err136 = {instancePath:instancePath+"/source/zendesk/team",schemaPath:"#/$defs/teamMapping/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.oneOf[1].type,parentSchema:schema59.oneOf[1],data:data61};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
var _valid3 = _errs166 === errors;
if(_valid3 && valid32){
valid32 = false;
passing2 = [passing2, 1];
}
else {
if(_valid3){
valid32 = true;
passing2 = 1;
}
}
if(!valid32){
const err137 = {instancePath:instancePath+"/source/zendesk/team",schemaPath:"#/$defs/teamMapping/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema59.oneOf,parentSchema:schema59,data:data61};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
else {
errors = _errs163;
if(vErrors !== null){
if(_errs163){
vErrors.length = _errs163;
}
else {
vErrors = null;
}
}
}
}
if(data45.tieOut !== undefined){
let data63 = data45.tieOut;
if(typeof data63 !== "boolean"){
const err138 = {instancePath:instancePath+"/source/zendesk/tieOut",schemaPath:"#/properties/source/properties/zendesk/properties/tieOut/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.source.properties.zendesk.properties.tieOut.type,parentSchema:schema41.properties.source.properties.zendesk.properties.tieOut,data:data63};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data45.values !== undefined){
if(!(validate37(data45.values, {instancePath:instancePath+"/source/zendesk/values",parentData:data45,parentDataProperty:"values",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
}
else {
const err139 = {instancePath:instancePath+"/source/zendesk",schemaPath:"#/properties/source/properties/zendesk/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.source.properties.zendesk.type,parentSchema:schema41.properties.source.properties.zendesk,data:data45};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data4.freshdesk !== undefined){
let data65 = data4.freshdesk;
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
if(data65.domain === undefined){
const err140 = {instancePath:instancePath+"/source/freshdesk",schemaPath:"#/properties/source/properties/freshdesk/required",keyword:"required",params:{missingProperty: "domain"},message:"must have required property '"+"domain"+"'",schema:schema41.properties.source.properties.freshdesk.required,parentSchema:schema41.properties.source.properties.freshdesk,data:data65};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
for(const key18 in data65){
if(!(func9.call(schema41.properties.source.properties.freshdesk.properties, key18))){
const err141 = {instancePath:instancePath+"/source/freshdesk",schemaPath:"#/properties/source/properties/freshdesk/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.source.properties.freshdesk,data:data65};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data65.domain !== undefined){
let data66 = data65.domain;
if(typeof data66 === "string"){
if(!pattern16.test(data66)){
const err142 = {instancePath:instancePath+"/source/freshdesk/domain",schemaPath:"#/properties/source/properties/freshdesk/properties/domain/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\"",schema:"^[a-z0-9][a-z0-9-]*$",parentSchema:schema41.properties.source.properties.freshdesk.properties.domain,data:data66};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
else {
const err143 = {instancePath:instancePath+"/source/freshdesk/domain",schemaPath:"#/properties/source/properties/freshdesk/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.source.properties.freshdesk.properties.domain.type,parentSchema:schema41.properties.source.properties.freshdesk.properties.domain,data:data66};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data65.baseUrl !== undefined){
let data67 = data65.baseUrl;
if(typeof data67 === "string"){
if(!pattern17.test(data67)){
const err144 = {instancePath:instancePath+"/source/freshdesk/baseUrl",schemaPath:"#/properties/source/properties/freshdesk/properties/baseUrl/pattern",keyword:"pattern",params:{pattern: "^https?://[^/]+/?$"},message:"must match pattern \""+"^https?://[^/]+/?$"+"\"",schema:"^https?://[^/]+/?$",parentSchema:schema41.properties.source.properties.freshdesk.properties.baseUrl,data:data67};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if(!(formats6(data67))){
const err145 = {instancePath:instancePath+"/source/freshdesk/baseUrl",schemaPath:"#/properties/source/properties/freshdesk/properties/baseUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema41.properties.source.properties.freshdesk.properties.baseUrl,data:data67};
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
const err146 = {instancePath:instancePath+"/source/freshdesk/baseUrl",schemaPath:"#/properties/source/properties/freshdesk/properties/baseUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.source.properties.freshdesk.properties.baseUrl.type,parentSchema:schema41.properties.source.properties.freshdesk.properties.baseUrl,data:data67};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data65.tokenEnv !== undefined){
let data68 = data65.tokenEnv;
if(typeof data68 === "string"){
if(!pattern18.test(data68)){
const err147 = {instancePath:instancePath+"/source/freshdesk/tokenEnv",schemaPath:"#/properties/source/properties/freshdesk/properties/tokenEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Z_][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z_][A-Z0-9_]*$"+"\"",schema:"^[A-Z_][A-Z0-9_]*$",parentSchema:schema41.properties.source.properties.freshdesk.properties.tokenEnv,data:data68};
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
const err148 = {instancePath:instancePath+"/source/freshdesk/tokenEnv",schemaPath:"#/properties/source/properties/freshdesk/properties/tokenEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.source.properties.freshdesk.properties.tokenEnv.type,parentSchema:schema41.properties.source.properties.freshdesk.properties.tokenEnv,data:data68};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
if(data65.startDate !== undefined){
let data69 = data65.startDate;
if(typeof data69 === "string"){
if(!(formats0.validate(data69))){
const err149 = {instancePath:instancePath+"/source/freshdesk/startDate",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema37,data:data69};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
else {
const err150 = {instancePath:instancePath+"/source/freshdesk/startDate",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data69};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data65.pageCap !== undefined){
let data70 = data65.pageCap;
if(!(((typeof data70 == "number") && (!(data70 % 1) && !isNaN(data70))) && (isFinite(data70)))){
const err151 = {instancePath:instancePath+"/source/freshdesk/pageCap",schemaPath:"#/properties/source/properties/freshdesk/properties/pageCap/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.source.properties.freshdesk.properties.pageCap.type,parentSchema:schema41.properties.source.properties.freshdesk.properties.pageCap,data:data70};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
if((typeof data70 == "number") && (isFinite(data70))){
if(data70 > 10000 || isNaN(data70)){
const err152 = {instancePath:instancePath+"/source/freshdesk/pageCap",schemaPath:"#/properties/source/properties/freshdesk/properties/pageCap/maximum",keyword:"maximum",params:{comparison: "<=", limit: 10000},message:"must be <= 10000",schema:10000,parentSchema:schema41.properties.source.properties.freshdesk.properties.pageCap,data:data70};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if(data70 < 1 || isNaN(data70)){
const err153 = {instancePath:instancePath+"/source/freshdesk/pageCap",schemaPath:"#/properties/source/properties/freshdesk/properties/pageCap/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.source.properties.freshdesk.properties.pageCap,data:data70};
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
if(data65.concurrency !== undefined){
let data71 = data65.concurrency;
if(!(((typeof data71 == "number") && (!(data71 % 1) && !isNaN(data71))) && (isFinite(data71)))){
const err154 = {instancePath:instancePath+"/source/freshdesk/concurrency",schemaPath:"#/properties/source/properties/freshdesk/properties/concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.source.properties.freshdesk.properties.concurrency.type,parentSchema:schema41.properties.source.properties.freshdesk.properties.concurrency,data:data71};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if((typeof data71 == "number") && (isFinite(data71))){
if(data71 > 16 || isNaN(data71)){
const err155 = {instancePath:instancePath+"/source/freshdesk/concurrency",schemaPath:"#/properties/source/properties/freshdesk/properties/concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16},message:"must be <= 16",schema:16,parentSchema:schema41.properties.source.properties.freshdesk.properties.concurrency,data:data71};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
if(data71 < 1 || isNaN(data71)){
const err156 = {instancePath:instancePath+"/source/freshdesk/concurrency",schemaPath:"#/properties/source/properties/freshdesk/properties/concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.source.properties.freshdesk.properties.concurrency,data:data71};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
if(data65.maxShare !== undefined){
let data72 = data65.maxShare;
const _errs196 = errors;
let valid38 = false;
let passing3 = null;
const _errs197 = errors;
if(typeof data72 === "string"){
if(!pattern20.test(data72)){
const err157 = {instancePath:instancePath+"/source/freshdesk/maxShare",schemaPath:"common.schema.json#/$defs/percentage/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\d+(\\.\\d+)?%$"},message:"must match pattern \""+"^\\d+(\\.\\d+)?%$"+"\"",schema:"^\\d+(\\.\\d+)?%$",parentSchema:schema57.oneOf[0],data:data72};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
else {
const err158 = {instancePath:instancePath+"/source/freshdesk/maxShare",schemaPath:"common.schema.json#/$defs/percentage/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.oneOf[0].type,parentSchema:schema57.oneOf[0],data:data72};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
var _valid5 = _errs197 === errors;
if(_valid5){
valid38 = true;
passing3 = 0;
}
const _errs199 = errors;
if(!((typeof data72 == "number") && (isFinite(data72)))){
const err159 = {instancePath:instancePath+"/source/freshdesk/maxShare",schemaPath:"common.schema.json#/$defs/percentage/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema57.oneOf[1].type,parentSchema:schema57.oneOf[1],data:data72};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
var _valid5 = _errs199 === errors;
if(_valid5 && valid38){
valid38 = false;
passing3 = [passing3, 1];
}
else {
if(_valid5){
valid38 = true;
passing3 = 1;
}
}
if(!valid38){
const err160 = {instancePath:instancePath+"/source/freshdesk/maxShare",schemaPath:"common.schema.json#/$defs/percentage/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema57.oneOf,parentSchema:schema57,data:data72};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
else {
errors = _errs196;
if(vErrors !== null){
if(_errs196){
vErrors.length = _errs196;
}
else {
vErrors = null;
}
}
}
}
if(data65.category !== undefined){
let data73 = data65.category;
const _errs203 = errors;
let valid40 = false;
let passing4 = null;
const _errs204 = errors;
if(typeof data73 !== "string"){
const err161 = {instancePath:instancePath+"/source/freshdesk/category",schemaPath:"#/$defs/categoryMapping/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.oneOf[0].type,parentSchema:schema58.oneOf[0],data:data73};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
if(!(data73 === "type")){
const err162 = {instancePath:instancePath+"/source/freshdesk/category",schemaPath:"#/$defs/categoryMapping/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema58.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema58.oneOf[0].enum,parentSchema:schema58.oneOf[0],data:data73};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
var _valid6 = _errs204 === errors;
if(_valid6){
valid40 = true;
passing4 = 0;
}
const _errs206 = errors;
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
if(data73.field === undefined){
const err163 = {instancePath:instancePath+"/source/freshdesk/category",schemaPath:"#/$defs/categoryMapping/oneOf/1/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema58.oneOf[1].required,parentSchema:schema58.oneOf[1],data:data73};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
for(const key19 in data73){
if(!((key19 === "field") || (key19 === "values"))){
const err164 = {instancePath:instancePath+"/source/freshdesk/category",schemaPath:"#/$defs/categoryMapping/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema58.oneOf[1],data:data73};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data73.field !== undefined){
let data74 = data73.field;
const _errs210 = errors;
let valid42 = false;
const _errs211 = errors;
if(!(((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74))) && (isFinite(data74)))){
const err165 = {instancePath:instancePath+"/source/freshdesk/category/field",schemaPath:"#/$defs/categoryMapping/oneOf/1/properties/field/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema58.oneOf[1].properties.field.anyOf[0].type,parentSchema:schema58.oneOf[1].properties.field.anyOf[0],data:data74};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if((typeof data74 == "number") && (isFinite(data74))){
if(data74 < 1 || isNaN(data74)){
const err166 = {instancePath:instancePath+"/source/freshdesk/category/field",schemaPath:"#/$defs/categoryMapping/oneOf/1/properties/field/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema58.oneOf[1].properties.field.anyOf[0],data:data74};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
var _valid7 = _errs211 === errors;
valid42 = valid42 || _valid7;
const _errs213 = errors;
if(typeof data74 === "string"){
if(func1(data74) > 120){
const err167 = {instancePath:instancePath+"/source/freshdesk/category/field",schemaPath:"#/$defs/categoryMapping/oneOf/1/properties/field/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema58.oneOf[1].properties.field.anyOf[1],data:data74};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(func1(data74) < 1){
const err168 = {instancePath:instancePath+"/source/freshdesk/category/field",schemaPath:"#/$defs/categoryMapping/oneOf/1/properties/field/anyOf/1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.oneOf[1].properties.field.anyOf[1],data:data74};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
else {
const err169 = {instancePath:instancePath+"/source/freshdesk/category/field",schemaPath:"#/$defs/categoryMapping/oneOf/1/properties/field/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.oneOf[1].properties.field.anyOf[1].type,parentSchema:schema58.oneOf[1].properties.field.anyOf[1],data:data74};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
var _valid7 = _errs213 === errors;
valid42 = valid42 || _valid7;
if(!valid42){
const err170 = {instancePath:instancePath+"/source/freshdesk/category/field",schemaPath:"#/$defs/categoryMapping/oneOf/1/properties/field/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema58.oneOf[1].properties.field.anyOf,parentSchema:schema58.oneOf[1].properties.field,data:data74};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
else {
errors = _errs210;
if(vErrors !== null){
if(_errs210){
vErrors.length = _errs210;
}
else {
vErrors = null;
}
}
}
}
if(data73.values !== undefined){
let data75 = data73.values;
if(data75 && typeof data75 == "object" && !Array.isArray(data75)){
for(const key20 in data75){
let data76 = data75[key20];
if(typeof data76 === "string"){
if(func1(data76) > 120){
const err171 = {instancePath:instancePath+"/source/freshdesk/category/values/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/categoryMapping/oneOf/1/properties/values/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema58.oneOf[1].properties.values.additionalProperties,data:data76};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(func1(data76) < 1){
const err172 = {instancePath:instancePath+"/source/freshdesk/category/values/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/categoryMapping/oneOf/1/properties/values/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.oneOf[1].properties.values.additionalProperties,data:data76};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
else {
const err173 = {instancePath:instancePath+"/source/freshdesk/category/values/" + key20.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/categoryMapping/oneOf/1/properties/values/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.oneOf[1].properties.values.additionalProperties.type,parentSchema:schema58.oneOf[1].properties.values.additionalProperties,data:data76};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
}
else {
const err174 = {instancePath:instancePath+"/source/freshdesk/category/values",schemaPath:"#/$defs/categoryMapping/oneOf/1/properties/values/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.oneOf[1].properties.values.type,parentSchema:schema58.oneOf[1].properties.values,data:data75};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
}
}
else {
const err175 = {instancePath:instancePath+"/source/freshdesk/category",schemaPath:"#/$defs/categoryMapping/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.oneOf[1].type,parentSchema:schema58.oneOf[1],data:data73};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
var _valid6 = _errs206 === errors;
if(_valid6 && valid40){
valid40 = false;
passing4 = [passing4, 1];
}
else {
if(_valid6){
valid40 = true;
passing4 = 1;
var props2 = true;
}
const _errs220 = errors;
if(data73 && typeof data73 == "object" && !Array.isArray(data73)){
if(data73.tags === undefined){
const err176 = {instancePath:instancePath+"/source/freshdesk/category",schemaPath:"#/$defs/categoryMapping/oneOf/2/required",keyword:"required",params:{missingProperty: "tags"},message:"must have required property '"+"tags"+"'",schema:schema58.oneOf[2].required,parentSchema:schema58.oneOf[2],data:data73};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
for(const key21 in data73){
if(!(key21 === "tags")){
const err177 = {instancePath:instancePath+"/source/freshdesk/category",schemaPath:"#/$defs/categoryMapping/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties",schema:false,parentSchema:schema58.oneOf[2],data:data73};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
}
if(data73.tags !== undefined){
let data77 = data73.tags;
if(data77 && typeof data77 == "object" && !Array.isArray(data77)){
if(Object.keys(data77).length < 1){
const err178 = {instancePath:instancePath+"/source/freshdesk/category/tags",schemaPath:"#/$defs/categoryMapping/oneOf/2/properties/tags/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema58.oneOf[2].properties.tags,data:data77};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
for(const key22 in data77){
let data78 = data77[key22];
if(typeof data78 === "string"){
if(func1(data78) > 120){
const err179 = {instancePath:instancePath+"/source/freshdesk/category/tags/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/categoryMapping/oneOf/2/properties/tags/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema58.oneOf[2].properties.tags.additionalProperties,data:data78};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if(func1(data78) < 1){
const err180 = {instancePath:instancePath+"/source/freshdesk/category/tags/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/categoryMapping/oneOf/2/properties/tags/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.oneOf[2].properties.tags.additionalProperties,data:data78};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
}
else {
const err181 = {instancePath:instancePath+"/source/freshdesk/category/tags/" + key22.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/categoryMapping/oneOf/2/properties/tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.oneOf[2].properties.tags.additionalProperties.type,parentSchema:schema58.oneOf[2].properties.tags.additionalProperties,data:data78};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
}
else {
const err182 = {instancePath:instancePath+"/source/freshdesk/category/tags",schemaPath:"#/$defs/categoryMapping/oneOf/2/properties/tags/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.oneOf[2].properties.tags.type,parentSchema:schema58.oneOf[2].properties.tags,data:data77};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
}
else {
const err183 = {instancePath:instancePath+"/source/freshdesk/category",schemaPath:"#/$defs/categoryMapping/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.oneOf[2].type,parentSchema:schema58.oneOf[2],data:data73};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
var _valid6 = _errs220 === errors;
if(_valid6 && valid40){
valid40 = false;
passing4 = [passing4, 2];
}
else {
if(_valid6){
valid40 = true;
passing4 = 2;
if(props2 !== true){
props2 = true;
}
}
}
}
if(!valid40){
const err184 = {instancePath:instancePath+"/source/freshdesk/category",schemaPath:"#/$defs/categoryMapping/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema58.oneOf,parentSchema:schema58,data:data73};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
else {
errors = _errs203;
if(vErrors !== null){
if(_errs203){
vErrors.length = _errs203;
}
else {
vErrors = null;
}
}
}
}
if(data65.team !== undefined){
let data79 = data65.team;
const _errs230 = errors;
let valid47 = false;
let passing5 = null;
const _errs231 = errors;
if(typeof data79 !== "string"){
const err185 = {instancePath:instancePath+"/source/freshdesk/team",schemaPath:"#/$defs/teamMapping/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.oneOf[0].type,parentSchema:schema59.oneOf[0],data:data79};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
if(!(data79 === "group")){
const err186 = {instancePath:instancePath+"/source/freshdesk/team",schemaPath:"#/$defs/teamMapping/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema59.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema59.oneOf[0].enum,parentSchema:schema59.oneOf[0],data:data79};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
var _valid8 = _errs231 === errors;
if(_valid8){
valid47 = true;
passing5 = 0;
}
const _errs233 = errors;
if(data79 && typeof data79 == "object" && !Array.isArray(data79)){
if(data79.field === undefined){
const err187 = {instancePath:instancePath+"/source/freshdesk/team",schemaPath:"#/$defs/teamMapping/oneOf/1/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema59.oneOf[1].required,parentSchema:schema59.oneOf[1],data:data79};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
for(const key23 in data79){
if(!(key23 === "field")){
const err188 = {instancePath:instancePath+"/source/freshdesk/team",schemaPath:"#/$defs/teamMapping/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema59.oneOf[1],data:data79};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data79.field !== undefined){
let data80 = data79.field;
const _errs237 = errors;
let valid49 = false;
const _errs238 = errors;
if(!(((typeof data80 == "number") && (!(data80 % 1) && !isNaN(data80))) && (isFinite(data80)))){
const err189 = {instancePath:instancePath+"/source/freshdesk/team/field",schemaPath:"#/$defs/teamMapping/oneOf/1/properties/field/anyOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.oneOf[1].properties.field.anyOf[0].type,parentSchema:schema59.oneOf[1].properties.field.anyOf[0],data:data80};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if((typeof data80 == "number") && (isFinite(data80))){
if(data80 < 1 || isNaN(data80)){
const err190 = {instancePath:instancePath+"/source/freshdesk/team/field",schemaPath:"#/$defs/teamMapping/oneOf/1/properties/field/anyOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema59.oneOf[1].properties.field.anyOf[0],data:data80};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
var _valid9 = _errs238 === errors;
valid49 = valid49 || _valid9;
const _errs240 = errors;
if(typeof data80 === "string"){
if(func1(data80) > 120){
const err191 = {instancePath:instancePath+"/source/freshdesk/team/field",schemaPath:"#/$defs/teamMapping/oneOf/1/properties/field/anyOf/1/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema59.oneOf[1].properties.field.anyOf[1],data:data80};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
if(func1(data80) < 1){
const err192 = {instancePath:instancePath+"/source/freshdesk/team/field",schemaPath:"#/$defs/teamMapping/oneOf/1/properties/field/anyOf/1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema59.oneOf[1].properties.field.anyOf[1],data:data80};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
else {
const err193 = {instancePath:instancePath+"/source/freshdesk/team/field",schemaPath:"#/$defs/teamMapping/oneOf/1/properties/field/anyOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.oneOf[1].properties.field.anyOf[1].type,parentSchema:schema59.oneOf[1].properties.field.anyOf[1],data:data80};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
var _valid9 = _errs240 === errors;
valid49 = valid49 || _valid9;
if(!valid49){
const err194 = {instancePath:instancePath+"/source/freshdesk/team/field",schemaPath:"#/$defs/teamMapping/oneOf/1/properties/field/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema59.oneOf[1].properties.field.anyOf,parentSchema:schema59.oneOf[1].properties.field,data:data80};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
else {
errors = _errs237;
if(vErrors !== null){
if(_errs237){
vErrors.length = _errs237;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err195 = {instancePath:instancePath+"/source/freshdesk/team",schemaPath:"#/$defs/teamMapping/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.oneOf[1].type,parentSchema:schema59.oneOf[1],data:data79};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
var _valid8 = _errs233 === errors;
if(_valid8 && valid47){
valid47 = false;
passing5 = [passing5, 1];
}
else {
if(_valid8){
valid47 = true;
passing5 = 1;
}
}
if(!valid47){
const err196 = {instancePath:instancePath+"/source/freshdesk/team",schemaPath:"#/$defs/teamMapping/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf",schema:schema59.oneOf,parentSchema:schema59,data:data79};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
else {
errors = _errs230;
if(vErrors !== null){
if(_errs230){
vErrors.length = _errs230;
}
else {
vErrors = null;
}
}
}
}
if(data65.values !== undefined){
if(!(validate37(data65.values, {instancePath:instancePath+"/source/freshdesk/values",parentData:data65,parentDataProperty:"values",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
}
else {
const err197 = {instancePath:instancePath+"/source/freshdesk",schemaPath:"#/properties/source/properties/freshdesk/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.source.properties.freshdesk.type,parentSchema:schema41.properties.source.properties.freshdesk,data:data65};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
}
if(data4.githubIssues !== undefined){
let data82 = data4.githubIssues;
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
if(data82.repositories === undefined){
const err198 = {instancePath:instancePath+"/source/githubIssues",schemaPath:"#/properties/source/properties/githubIssues/required",keyword:"required",params:{missingProperty: "repositories"},message:"must have required property '"+"repositories"+"'",schema:schema41.properties.source.properties.githubIssues.required,parentSchema:schema41.properties.source.properties.githubIssues,data:data82};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
for(const key24 in data82){
if(!(func9.call(schema41.properties.source.properties.githubIssues.properties, key24))){
const err199 = {instancePath:instancePath+"/source/githubIssues",schemaPath:"#/properties/source/properties/githubIssues/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.source.properties.githubIssues,data:data82};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data82.repositories !== undefined){
let data83 = data82.repositories;
if(Array.isArray(data83)){
if(data83.length < 1){
const err200 = {instancePath:instancePath+"/source/githubIssues/repositories",schemaPath:"#/properties/source/properties/githubIssues/properties/repositories/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema41.properties.source.properties.githubIssues.properties.repositories,data:data83};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
const len0 = data83.length;
for(let i0=0; i0<len0; i0++){
let data84 = data83[i0];
if(typeof data84 === "string"){
if(!pattern26.test(data84)){
const err201 = {instancePath:instancePath+"/source/githubIssues/repositories/" + i0,schemaPath:"#/properties/source/properties/githubIssues/properties/repositories/items/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$"},message:"must match pattern \""+"^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$"+"\"",schema:"^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$",parentSchema:schema41.properties.source.properties.githubIssues.properties.repositories.items,data:data84};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
else {
const err202 = {instancePath:instancePath+"/source/githubIssues/repositories/" + i0,schemaPath:"#/properties/source/properties/githubIssues/properties/repositories/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.source.properties.githubIssues.properties.repositories.items.type,parentSchema:schema41.properties.source.properties.githubIssues.properties.repositories.items,data:data84};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
let i1 = data83.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data83[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err203 = {instancePath:instancePath+"/source/githubIssues/repositories",schemaPath:"#/properties/source/properties/githubIssues/properties/repositories/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema41.properties.source.properties.githubIssues.properties.repositories,data:data83};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err204 = {instancePath:instancePath+"/source/githubIssues/repositories",schemaPath:"#/properties/source/properties/githubIssues/properties/repositories/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.source.properties.githubIssues.properties.repositories.type,parentSchema:schema41.properties.source.properties.githubIssues.properties.repositories,data:data83};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
if(data82.baseUrl !== undefined){
let data85 = data82.baseUrl;
if(typeof data85 === "string"){
if(!pattern27.test(data85)){
const err205 = {instancePath:instancePath+"/source/githubIssues/baseUrl",schemaPath:"#/properties/source/properties/githubIssues/properties/baseUrl/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema41.properties.source.properties.githubIssues.properties.baseUrl,data:data85};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
if(!(formats6(data85))){
const err206 = {instancePath:instancePath+"/source/githubIssues/baseUrl",schemaPath:"#/properties/source/properties/githubIssues/properties/baseUrl/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema41.properties.source.properties.githubIssues.properties.baseUrl,data:data85};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
else {
const err207 = {instancePath:instancePath+"/source/githubIssues/baseUrl",schemaPath:"#/properties/source/properties/githubIssues/properties/baseUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.source.properties.githubIssues.properties.baseUrl.type,parentSchema:schema41.properties.source.properties.githubIssues.properties.baseUrl,data:data85};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
if(data82.tokenEnv !== undefined){
let data86 = data82.tokenEnv;
if(typeof data86 === "string"){
if(!pattern18.test(data86)){
const err208 = {instancePath:instancePath+"/source/githubIssues/tokenEnv",schemaPath:"#/properties/source/properties/githubIssues/properties/tokenEnv/pattern",keyword:"pattern",params:{pattern: "^[A-Z_][A-Z0-9_]*$"},message:"must match pattern \""+"^[A-Z_][A-Z0-9_]*$"+"\"",schema:"^[A-Z_][A-Z0-9_]*$",parentSchema:schema41.properties.source.properties.githubIssues.properties.tokenEnv,data:data86};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
else {
const err209 = {instancePath:instancePath+"/source/githubIssues/tokenEnv",schemaPath:"#/properties/source/properties/githubIssues/properties/tokenEnv/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.source.properties.githubIssues.properties.tokenEnv.type,parentSchema:schema41.properties.source.properties.githubIssues.properties.tokenEnv,data:data86};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
if(data82.startDate !== undefined){
let data87 = data82.startDate;
if(typeof data87 === "string"){
if(!(formats0.validate(data87))){
const err210 = {instancePath:instancePath+"/source/githubIssues/startDate",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema37,data:data87};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
else {
const err211 = {instancePath:instancePath+"/source/githubIssues/startDate",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data87};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data82.agents !== undefined){
let data88 = data82.agents;
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
for(const key25 in data88){
if(!((key25 === "teamMembers") || (key25 === "authorAssociations"))){
const err212 = {instancePath:instancePath+"/source/githubIssues/agents",schemaPath:"#/properties/source/properties/githubIssues/properties/agents/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.source.properties.githubIssues.properties.agents,data:data88};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
if(data88.teamMembers !== undefined){
let data89 = data88.teamMembers;
if(typeof data89 !== "boolean"){
const err213 = {instancePath:instancePath+"/source/githubIssues/agents/teamMembers",schemaPath:"#/properties/source/properties/githubIssues/properties/agents/properties/teamMembers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.source.properties.githubIssues.properties.agents.properties.teamMembers.type,parentSchema:schema41.properties.source.properties.githubIssues.properties.agents.properties.teamMembers,data:data89};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
}
if(data88.authorAssociations !== undefined){
let data90 = data88.authorAssociations;
if(Array.isArray(data90)){
const len1 = data90.length;
for(let i2=0; i2<len1; i2++){
let data91 = data90[i2];
if(typeof data91 !== "string"){
const err214 = {instancePath:instancePath+"/source/githubIssues/agents/authorAssociations/" + i2,schemaPath:"#/properties/source/properties/githubIssues/properties/agents/properties/authorAssociations/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.source.properties.githubIssues.properties.agents.properties.authorAssociations.items.type,parentSchema:schema41.properties.source.properties.githubIssues.properties.agents.properties.authorAssociations.items,data:data91};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
if(!((((((((data91 === "OWNER") || (data91 === "MEMBER")) || (data91 === "COLLABORATOR")) || (data91 === "CONTRIBUTOR")) || (data91 === "FIRST_TIME_CONTRIBUTOR")) || (data91 === "FIRST_TIMER")) || (data91 === "MANNEQUIN")) || (data91 === "NONE"))){
const err215 = {instancePath:instancePath+"/source/githubIssues/agents/authorAssociations/" + i2,schemaPath:"#/properties/source/properties/githubIssues/properties/agents/properties/authorAssociations/items/enum",keyword:"enum",params:{allowedValues: schema41.properties.source.properties.githubIssues.properties.agents.properties.authorAssociations.items.enum},message:"must be equal to one of the allowed values",schema:schema41.properties.source.properties.githubIssues.properties.agents.properties.authorAssociations.items.enum,parentSchema:schema41.properties.source.properties.githubIssues.properties.agents.properties.authorAssociations.items,data:data91};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
let i3 = data90.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data90[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err216 = {instancePath:instancePath+"/source/githubIssues/agents/authorAssociations",schemaPath:"#/properties/source/properties/githubIssues/properties/agents/properties/authorAssociations/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema41.properties.source.properties.githubIssues.properties.agents.properties.authorAssociations,data:data90};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err217 = {instancePath:instancePath+"/source/githubIssues/agents/authorAssociations",schemaPath:"#/properties/source/properties/githubIssues/properties/agents/properties/authorAssociations/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.source.properties.githubIssues.properties.agents.properties.authorAssociations.type,parentSchema:schema41.properties.source.properties.githubIssues.properties.agents.properties.authorAssociations,data:data90};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
}
else {
const err218 = {instancePath:instancePath+"/source/githubIssues/agents",schemaPath:"#/properties/source/properties/githubIssues/properties/agents/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.source.properties.githubIssues.properties.agents.type,parentSchema:schema41.properties.source.properties.githubIssues.properties.agents,data:data88};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
if(data82.labels !== undefined){
let data92 = data82.labels;
if(data92 && typeof data92 == "object" && !Array.isArray(data92)){
for(const key26 in data92){
if(!(((((key26 === "priority") || (key26 === "team")) || (key26 === "category")) || (key26 === "pending")) || (key26 === "onHold"))){
const err219 = {instancePath:instancePath+"/source/githubIssues/labels",schemaPath:"#/properties/source/properties/githubIssues/properties/labels/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.source.properties.githubIssues.properties.labels,data:data92};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
if(data92.priority !== undefined){
let data93 = data92.priority;
if(data93 && typeof data93 == "object" && !Array.isArray(data93)){
for(const key27 in data93){
let data94 = data93[key27];
if(typeof data94 !== "string"){
const err220 = {instancePath:instancePath+"/source/githubIssues/labels/priority/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/priority/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.type,parentSchema:schema56,data:data94};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
if(!((((data94 === "low") || (data94 === "normal")) || (data94 === "high")) || (data94 === "urgent"))){
const err221 = {instancePath:instancePath+"/source/githubIssues/labels/priority/" + key27.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/priority/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values",schema:schema56.enum,parentSchema:schema56,data:data94};
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
else {
const err222 = {instancePath:instancePath+"/source/githubIssues/labels/priority",schemaPath:"#/properties/source/properties/githubIssues/properties/labels/properties/priority/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.source.properties.githubIssues.properties.labels.properties.priority.type,parentSchema:schema41.properties.source.properties.githubIssues.properties.labels.properties.priority,data:data93};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
}
if(data92.team !== undefined){
let data95 = data92.team;
if(data95 && typeof data95 == "object" && !Array.isArray(data95)){
for(const key28 in data95){
let data96 = data95[key28];
if(typeof data96 === "string"){
if(func1(data96) > 64){
const err223 = {instancePath:instancePath+"/source/githubIssues/labels/team/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data96};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
if(!pattern4.test(data96)){
const err224 = {instancePath:instancePath+"/source/githubIssues/labels/team/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data96};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
else {
const err225 = {instancePath:instancePath+"/source/githubIssues/labels/team/" + key28.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data96};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
}
else {
const err226 = {instancePath:instancePath+"/source/githubIssues/labels/team",schemaPath:"#/properties/source/properties/githubIssues/properties/labels/properties/team/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.source.properties.githubIssues.properties.labels.properties.team.type,parentSchema:schema41.properties.source.properties.githubIssues.properties.labels.properties.team,data:data95};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
if(data92.category !== undefined){
let data97 = data92.category;
if(data97 && typeof data97 == "object" && !Array.isArray(data97)){
for(const key29 in data97){
let data98 = data97[key29];
if(typeof data98 === "string"){
if(func1(data98) > 120){
const err227 = {instancePath:instancePath+"/source/githubIssues/labels/category/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/source/properties/githubIssues/properties/labels/properties/category/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema41.properties.source.properties.githubIssues.properties.labels.properties.category.additionalProperties,data:data98};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
if(func1(data98) < 1){
const err228 = {instancePath:instancePath+"/source/githubIssues/labels/category/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/source/properties/githubIssues/properties/labels/properties/category/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.source.properties.githubIssues.properties.labels.properties.category.additionalProperties,data:data98};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
else {
const err229 = {instancePath:instancePath+"/source/githubIssues/labels/category/" + key29.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/source/properties/githubIssues/properties/labels/properties/category/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.source.properties.githubIssues.properties.labels.properties.category.additionalProperties.type,parentSchema:schema41.properties.source.properties.githubIssues.properties.labels.properties.category.additionalProperties,data:data98};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
}
else {
const err230 = {instancePath:instancePath+"/source/githubIssues/labels/category",schemaPath:"#/properties/source/properties/githubIssues/properties/labels/properties/category/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.source.properties.githubIssues.properties.labels.properties.category.type,parentSchema:schema41.properties.source.properties.githubIssues.properties.labels.properties.category,data:data97};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data92.pending !== undefined){
let data99 = data92.pending;
if(Array.isArray(data99)){
const len2 = data99.length;
for(let i4=0; i4<len2; i4++){
let data100 = data99[i4];
if(typeof data100 !== "string"){
const err231 = {instancePath:instancePath+"/source/githubIssues/labels/pending/" + i4,schemaPath:"#/properties/source/properties/githubIssues/properties/labels/properties/pending/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.source.properties.githubIssues.properties.labels.properties.pending.items.type,parentSchema:schema41.properties.source.properties.githubIssues.properties.labels.properties.pending.items,data:data100};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
let i5 = data99.length;
let j2;
if(i5 > 1){
const indices2 = {};
for(;i5--;){
let item2 = data99[i5];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err232 = {instancePath:instancePath+"/source/githubIssues/labels/pending",schemaPath:"#/properties/source/properties/githubIssues/properties/labels/properties/pending/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema41.properties.source.properties.githubIssues.properties.labels.properties.pending,data:data99};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
break;
}
indices2[item2] = i5;
}
}
}
else {
const err233 = {instancePath:instancePath+"/source/githubIssues/labels/pending",schemaPath:"#/properties/source/properties/githubIssues/properties/labels/properties/pending/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.source.properties.githubIssues.properties.labels.properties.pending.type,parentSchema:schema41.properties.source.properties.githubIssues.properties.labels.properties.pending,data:data99};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
if(data92.onHold !== undefined){
let data101 = data92.onHold;
if(Array.isArray(data101)){
const len3 = data101.length;
for(let i6=0; i6<len3; i6++){
let data102 = data101[i6];
if(typeof data102 !== "string"){
const err234 = {instancePath:instancePath+"/source/githubIssues/labels/onHold/" + i6,schemaPath:"#/properties/source/properties/githubIssues/properties/labels/properties/onHold/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.source.properties.githubIssues.properties.labels.properties.onHold.items.type,parentSchema:schema41.properties.source.properties.githubIssues.properties.labels.properties.onHold.items,data:data102};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
}
let i7 = data101.length;
let j3;
if(i7 > 1){
const indices3 = {};
for(;i7--;){
let item3 = data101[i7];
if(typeof item3 !== "string"){
continue;
}
if(typeof indices3[item3] == "number"){
j3 = indices3[item3];
const err235 = {instancePath:instancePath+"/source/githubIssues/labels/onHold",schemaPath:"#/properties/source/properties/githubIssues/properties/labels/properties/onHold/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)",schema:true,parentSchema:schema41.properties.source.properties.githubIssues.properties.labels.properties.onHold,data:data101};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
break;
}
indices3[item3] = i7;
}
}
}
else {
const err236 = {instancePath:instancePath+"/source/githubIssues/labels/onHold",schemaPath:"#/properties/source/properties/githubIssues/properties/labels/properties/onHold/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.source.properties.githubIssues.properties.labels.properties.onHold.type,parentSchema:schema41.properties.source.properties.githubIssues.properties.labels.properties.onHold,data:data101};
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
const err237 = {instancePath:instancePath+"/source/githubIssues/labels",schemaPath:"#/properties/source/properties/githubIssues/properties/labels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.source.properties.githubIssues.properties.labels.type,parentSchema:schema41.properties.source.properties.githubIssues.properties.labels,data:data92};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data82.defaultPriority !== undefined){
let data103 = data82.defaultPriority;
if(typeof data103 !== "string"){
const err238 = {instancePath:instancePath+"/source/githubIssues/defaultPriority",schemaPath:"common.schema.json#/$defs/priority/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.type,parentSchema:schema56,data:data103};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
if(!((((data103 === "low") || (data103 === "normal")) || (data103 === "high")) || (data103 === "urgent"))){
const err239 = {instancePath:instancePath+"/source/githubIssues/defaultPriority",schemaPath:"common.schema.json#/$defs/priority/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values",schema:schema56.enum,parentSchema:schema56,data:data103};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
if(data82.channel !== undefined){
let data104 = data82.channel;
if(typeof data104 !== "string"){
const err240 = {instancePath:instancePath+"/source/githubIssues/channel",schemaPath:"common.schema.json#/$defs/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.type,parentSchema:schema64,data:data104};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
if(!((((((data104 === "email") || (data104 === "web")) || (data104 === "chat")) || (data104 === "phone")) || (data104 === "social")) || (data104 === "api"))){
const err241 = {instancePath:instancePath+"/source/githubIssues/channel",schemaPath:"common.schema.json#/$defs/channel/enum",keyword:"enum",params:{allowedValues: schema64.enum},message:"must be equal to one of the allowed values",schema:schema64.enum,parentSchema:schema64,data:data104};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
if(data82.concurrency !== undefined){
let data105 = data82.concurrency;
if(!(((typeof data105 == "number") && (!(data105 % 1) && !isNaN(data105))) && (isFinite(data105)))){
const err242 = {instancePath:instancePath+"/source/githubIssues/concurrency",schemaPath:"#/properties/source/properties/githubIssues/properties/concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.source.properties.githubIssues.properties.concurrency.type,parentSchema:schema41.properties.source.properties.githubIssues.properties.concurrency,data:data105};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
if((typeof data105 == "number") && (isFinite(data105))){
if(data105 > 8 || isNaN(data105)){
const err243 = {instancePath:instancePath+"/source/githubIssues/concurrency",schemaPath:"#/properties/source/properties/githubIssues/properties/concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 8},message:"must be <= 8",schema:8,parentSchema:schema41.properties.source.properties.githubIssues.properties.concurrency,data:data105};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
if(data105 < 1 || isNaN(data105)){
const err244 = {instancePath:instancePath+"/source/githubIssues/concurrency",schemaPath:"#/properties/source/properties/githubIssues/properties/concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.source.properties.githubIssues.properties.concurrency,data:data105};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
}
if(data82.maxShare !== undefined){
let data106 = data82.maxShare;
const _errs304 = errors;
let valid74 = false;
let passing6 = null;
const _errs305 = errors;
if(typeof data106 === "string"){
if(!pattern20.test(data106)){
const err245 = {instancePath:instancePath+"/source/githubIssues/maxShare",schemaPath:"common.schema.json#/$defs/percentage/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\d+(\\.\\d+)?%$"},message:"must match pattern \""+"^\\d+(\\.\\d+)?%$"+"\"",schema:"^\\d+(\\.\\d+)?%$",parentSchema:schema57.oneOf[0],data:data106};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
}
else {
const err246 = {instancePath:instancePath+"/source/githubIssues/maxShare",schemaPath:"common.schema.json#/$defs/percentage/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.oneOf[0].type,parentSchema:schema57.oneOf[0],data:data106};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
var _valid10 = _errs305 === errors;
if(_valid10){
valid74 = true;
passing6 = 0;
}
const _errs307 = errors;
if(!((typeof data106 == "number") && (isFinite(data106)))){
const err247 = {instancePath:instancePath+"/source/githubIssues/maxShare",schemaPath:"common.schema.json#/$defs/percentage/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema57.oneOf[1].type,parentSchema:schema57.oneOf[1],data:data106};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
var _valid10 = _errs307 === errors;
if(_valid10 && valid74){
valid74 = false;
passing6 = [passing6, 1];
}
else {
if(_valid10){
valid74 = true;
passing6 = 1;
}
}
if(!valid74){
const err248 = {instancePath:instancePath+"/source/githubIssues/maxShare",schemaPath:"common.schema.json#/$defs/percentage/oneOf",keyword:"oneOf",params:{passingSchemas: passing6},message:"must match exactly one schema in oneOf",schema:schema57.oneOf,parentSchema:schema57,data:data106};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
else {
errors = _errs304;
if(vErrors !== null){
if(_errs304){
vErrors.length = _errs304;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err249 = {instancePath:instancePath+"/source/githubIssues",schemaPath:"#/properties/source/properties/githubIssues/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.source.properties.githubIssues.type,parentSchema:schema41.properties.source.properties.githubIssues,data:data82};
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
const err250 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.source.type,parentSchema:schema41.properties.source,data:data4};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
if(data.store !== undefined){
let data107 = data.store;
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
for(const key30 in data107){
if(!(key30 === "dir")){
const err251 = {instancePath:instancePath+"/store",schemaPath:"#/properties/store/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.store,data:data107};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
if(data107.dir !== undefined){
let data108 = data107.dir;
if(typeof data108 === "string"){
if(func1(data108) < 1){
const err252 = {instancePath:instancePath+"/store/dir",schemaPath:"#/properties/store/properties/dir/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.store.properties.dir,data:data108};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
else {
const err253 = {instancePath:instancePath+"/store/dir",schemaPath:"#/properties/store/properties/dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.store.properties.dir.type,parentSchema:schema41.properties.store.properties.dir,data:data108};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
}
else {
const err254 = {instancePath:instancePath+"/store",schemaPath:"#/properties/store/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.store.type,parentSchema:schema41.properties.store,data:data107};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
if(data.evaluation !== undefined){
let data109 = data.evaluation;
if(data109 && typeof data109 == "object" && !Array.isArray(data109)){
for(const key31 in data109){
if(!((((key31 === "minimumSample") || (key31 === "atRiskBudget")) || (key31 === "seriesDays")) || (key31 === "worstTickets"))){
const err255 = {instancePath:instancePath+"/evaluation",schemaPath:"#/properties/evaluation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.evaluation,data:data109};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
if(data109.minimumSample !== undefined){
let data110 = data109.minimumSample;
if(!(((typeof data110 == "number") && (!(data110 % 1) && !isNaN(data110))) && (isFinite(data110)))){
const err256 = {instancePath:instancePath+"/evaluation/minimumSample",schemaPath:"#/properties/evaluation/properties/minimumSample/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.evaluation.properties.minimumSample.type,parentSchema:schema41.properties.evaluation.properties.minimumSample,data:data110};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
if((typeof data110 == "number") && (isFinite(data110))){
if(data110 < 1 || isNaN(data110)){
const err257 = {instancePath:instancePath+"/evaluation/minimumSample",schemaPath:"#/properties/evaluation/properties/minimumSample/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.evaluation.properties.minimumSample,data:data110};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
}
if(data109.atRiskBudget !== undefined){
let data111 = data109.atRiskBudget;
const _errs321 = errors;
let valid78 = false;
let passing7 = null;
const _errs322 = errors;
if(typeof data111 === "string"){
if(!pattern20.test(data111)){
const err258 = {instancePath:instancePath+"/evaluation/atRiskBudget",schemaPath:"common.schema.json#/$defs/percentage/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\d+(\\.\\d+)?%$"},message:"must match pattern \""+"^\\d+(\\.\\d+)?%$"+"\"",schema:"^\\d+(\\.\\d+)?%$",parentSchema:schema57.oneOf[0],data:data111};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
else {
const err259 = {instancePath:instancePath+"/evaluation/atRiskBudget",schemaPath:"common.schema.json#/$defs/percentage/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.oneOf[0].type,parentSchema:schema57.oneOf[0],data:data111};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
var _valid11 = _errs322 === errors;
if(_valid11){
valid78 = true;
passing7 = 0;
}
const _errs324 = errors;
if(!((typeof data111 == "number") && (isFinite(data111)))){
const err260 = {instancePath:instancePath+"/evaluation/atRiskBudget",schemaPath:"common.schema.json#/$defs/percentage/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema57.oneOf[1].type,parentSchema:schema57.oneOf[1],data:data111};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
var _valid11 = _errs324 === errors;
if(_valid11 && valid78){
valid78 = false;
passing7 = [passing7, 1];
}
else {
if(_valid11){
valid78 = true;
passing7 = 1;
}
}
if(!valid78){
const err261 = {instancePath:instancePath+"/evaluation/atRiskBudget",schemaPath:"common.schema.json#/$defs/percentage/oneOf",keyword:"oneOf",params:{passingSchemas: passing7},message:"must match exactly one schema in oneOf",schema:schema57.oneOf,parentSchema:schema57,data:data111};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
else {
errors = _errs321;
if(vErrors !== null){
if(_errs321){
vErrors.length = _errs321;
}
else {
vErrors = null;
}
}
}
}
if(data109.seriesDays !== undefined){
let data112 = data109.seriesDays;
if(!(((typeof data112 == "number") && (!(data112 % 1) && !isNaN(data112))) && (isFinite(data112)))){
const err262 = {instancePath:instancePath+"/evaluation/seriesDays",schemaPath:"#/properties/evaluation/properties/seriesDays/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.evaluation.properties.seriesDays.type,parentSchema:schema41.properties.evaluation.properties.seriesDays,data:data112};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
if((typeof data112 == "number") && (isFinite(data112))){
if(data112 > 3650 || isNaN(data112)){
const err263 = {instancePath:instancePath+"/evaluation/seriesDays",schemaPath:"#/properties/evaluation/properties/seriesDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 3650},message:"must be <= 3650",schema:3650,parentSchema:schema41.properties.evaluation.properties.seriesDays,data:data112};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
if(data112 < 1 || isNaN(data112)){
const err264 = {instancePath:instancePath+"/evaluation/seriesDays",schemaPath:"#/properties/evaluation/properties/seriesDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.evaluation.properties.seriesDays,data:data112};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
}
if(data109.worstTickets !== undefined){
let data113 = data109.worstTickets;
if(!(((typeof data113 == "number") && (!(data113 % 1) && !isNaN(data113))) && (isFinite(data113)))){
const err265 = {instancePath:instancePath+"/evaluation/worstTickets",schemaPath:"#/properties/evaluation/properties/worstTickets/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.evaluation.properties.worstTickets.type,parentSchema:schema41.properties.evaluation.properties.worstTickets,data:data113};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
if((typeof data113 == "number") && (isFinite(data113))){
if(data113 > 100 || isNaN(data113)){
const err266 = {instancePath:instancePath+"/evaluation/worstTickets",schemaPath:"#/properties/evaluation/properties/worstTickets/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema41.properties.evaluation.properties.worstTickets,data:data113};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
if(data113 < 0 || isNaN(data113)){
const err267 = {instancePath:instancePath+"/evaluation/worstTickets",schemaPath:"#/properties/evaluation/properties/worstTickets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema41.properties.evaluation.properties.worstTickets,data:data113};
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
}
else {
const err268 = {instancePath:instancePath+"/evaluation",schemaPath:"#/properties/evaluation/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.evaluation.type,parentSchema:schema41.properties.evaluation,data:data109};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
}
if(data.exclusions !== undefined){
let data114 = data.exclusions;
if(Array.isArray(data114)){
const len4 = data114.length;
for(let i8=0; i8<len4; i8++){
let data115 = data114[i8];
if(data115 && typeof data115 == "object" && !Array.isArray(data115)){
if(data115.id === undefined){
const err269 = {instancePath:instancePath+"/exclusions/" + i8,schemaPath:"#/properties/exclusions/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema41.properties.exclusions.items.required,parentSchema:schema41.properties.exclusions.items,data:data115};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
if(data115.from === undefined){
const err270 = {instancePath:instancePath+"/exclusions/" + i8,schemaPath:"#/properties/exclusions/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema41.properties.exclusions.items.required,parentSchema:schema41.properties.exclusions.items,data:data115};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
if(data115.to === undefined){
const err271 = {instancePath:instancePath+"/exclusions/" + i8,schemaPath:"#/properties/exclusions/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema41.properties.exclusions.items.required,parentSchema:schema41.properties.exclusions.items,data:data115};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
if(data115.reason === undefined){
const err272 = {instancePath:instancePath+"/exclusions/" + i8,schemaPath:"#/properties/exclusions/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema41.properties.exclusions.items.required,parentSchema:schema41.properties.exclusions.items,data:data115};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
for(const key32 in data115){
if(!(((((key32 === "id") || (key32 === "from")) || (key32 === "to")) || (key32 === "reason")) || (key32 === "standards"))){
const err273 = {instancePath:instancePath+"/exclusions/" + i8,schemaPath:"#/properties/exclusions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.exclusions.items,data:data115};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
if(data115.id !== undefined){
let data116 = data115.id;
if(typeof data116 === "string"){
if(func1(data116) > 64){
const err274 = {instancePath:instancePath+"/exclusions/" + i8+"/id",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data116};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
if(!pattern4.test(data116)){
const err275 = {instancePath:instancePath+"/exclusions/" + i8+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data116};
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
const err276 = {instancePath:instancePath+"/exclusions/" + i8+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data116};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
if(data115.from !== undefined){
let data117 = data115.from;
if(typeof data117 === "string"){
if(!(formats18.validate(data117))){
const err277 = {instancePath:instancePath+"/exclusions/" + i8+"/from",schemaPath:"#/properties/exclusions/items/properties/from/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema41.properties.exclusions.items.properties.from,data:data117};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
else {
const err278 = {instancePath:instancePath+"/exclusions/" + i8+"/from",schemaPath:"#/properties/exclusions/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.exclusions.items.properties.from.type,parentSchema:schema41.properties.exclusions.items.properties.from,data:data117};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
if(data115.to !== undefined){
let data118 = data115.to;
if(typeof data118 === "string"){
if(!(formats18.validate(data118))){
const err279 = {instancePath:instancePath+"/exclusions/" + i8+"/to",schemaPath:"#/properties/exclusions/items/properties/to/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema41.properties.exclusions.items.properties.to,data:data118};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
else {
const err280 = {instancePath:instancePath+"/exclusions/" + i8+"/to",schemaPath:"#/properties/exclusions/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.exclusions.items.properties.to.type,parentSchema:schema41.properties.exclusions.items.properties.to,data:data118};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
if(data115.reason !== undefined){
let data119 = data115.reason;
if(typeof data119 === "string"){
if(func1(data119) > 500){
const err281 = {instancePath:instancePath+"/exclusions/" + i8+"/reason",schemaPath:"#/properties/exclusions/items/properties/reason/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema41.properties.exclusions.items.properties.reason,data:data119};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
if(func1(data119) < 3){
const err282 = {instancePath:instancePath+"/exclusions/" + i8+"/reason",schemaPath:"#/properties/exclusions/items/properties/reason/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema41.properties.exclusions.items.properties.reason,data:data119};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
else {
const err283 = {instancePath:instancePath+"/exclusions/" + i8+"/reason",schemaPath:"#/properties/exclusions/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.exclusions.items.properties.reason.type,parentSchema:schema41.properties.exclusions.items.properties.reason,data:data119};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
if(data115.standards !== undefined){
let data120 = data115.standards;
if(Array.isArray(data120)){
const len5 = data120.length;
for(let i9=0; i9<len5; i9++){
let data121 = data120[i9];
if(typeof data121 === "string"){
if(func1(data121) > 64){
const err284 = {instancePath:instancePath+"/exclusions/" + i8+"/standards/" + i9,schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data121};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
if(!pattern4.test(data121)){
const err285 = {instancePath:instancePath+"/exclusions/" + i8+"/standards/" + i9,schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data121};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
else {
const err286 = {instancePath:instancePath+"/exclusions/" + i8+"/standards/" + i9,schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data121};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
let i10 = data120.length;
let j4;
if(i10 > 1){
outer0:
for(;i10--;){
for(j4 = i10; j4--;){
if(func0(data120[i10], data120[j4])){
const err287 = {instancePath:instancePath+"/exclusions/" + i8+"/standards",schemaPath:"#/properties/exclusions/items/properties/standards/uniqueItems",keyword:"uniqueItems",params:{i: i10, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i10+" are identical)",schema:true,parentSchema:schema41.properties.exclusions.items.properties.standards,data:data120};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err288 = {instancePath:instancePath+"/exclusions/" + i8+"/standards",schemaPath:"#/properties/exclusions/items/properties/standards/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.exclusions.items.properties.standards.type,parentSchema:schema41.properties.exclusions.items.properties.standards,data:data120};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
}
else {
const err289 = {instancePath:instancePath+"/exclusions/" + i8,schemaPath:"#/properties/exclusions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.exclusions.items.type,parentSchema:schema41.properties.exclusions.items,data:data115};
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
const err290 = {instancePath:instancePath+"/exclusions",schemaPath:"#/properties/exclusions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.exclusions.type,parentSchema:schema41.properties.exclusions,data:data114};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
if(data.actions !== undefined){
let data122 = data.actions;
if(data122 && typeof data122 == "object" && !Array.isArray(data122)){
for(const key33 in data122){
if(!(func9.call(schema41.properties.actions.properties, key33))){
const err291 = {instancePath:instancePath+"/actions",schemaPath:"#/properties/actions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.actions,data:data122};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
}
if(data122.enabled !== undefined){
let data123 = data122.enabled;
if(typeof data123 !== "boolean"){
const err292 = {instancePath:instancePath+"/actions/enabled",schemaPath:"#/properties/actions/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.actions.properties.enabled.type,parentSchema:schema41.properties.actions.properties.enabled,data:data123};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
if(data122.repository !== undefined){
let data124 = data122.repository;
if(typeof data124 === "string"){
if(!pattern34.test(data124)){
const err293 = {instancePath:instancePath+"/actions/repository",schemaPath:"#/properties/actions/properties/repository/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$",parentSchema:schema41.properties.actions.properties.repository,data:data124};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
else {
const err294 = {instancePath:instancePath+"/actions/repository",schemaPath:"#/properties/actions/properties/repository/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.actions.properties.repository.type,parentSchema:schema41.properties.actions.properties.repository,data:data124};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
if(data122.breached !== undefined){
let data125 = data122.breached;
if(typeof data125 !== "boolean"){
const err295 = {instancePath:instancePath+"/actions/breached",schemaPath:"#/properties/actions/properties/breached/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.actions.properties.breached.type,parentSchema:schema41.properties.actions.properties.breached,data:data125};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
}
if(data122.atRisk !== undefined){
let data126 = data122.atRisk;
if(typeof data126 !== "boolean"){
const err296 = {instancePath:instancePath+"/actions/atRisk",schemaPath:"#/properties/actions/properties/atRisk/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.actions.properties.atRisk.type,parentSchema:schema41.properties.actions.properties.atRisk,data:data126};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
if(data122.overdueReviews !== undefined){
let data127 = data122.overdueReviews;
if(typeof data127 !== "boolean"){
const err297 = {instancePath:instancePath+"/actions/overdueReviews",schemaPath:"#/properties/actions/properties/overdueReviews/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.actions.properties.overdueReviews.type,parentSchema:schema41.properties.actions.properties.overdueReviews,data:data127};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
if(data122.closeAfter !== undefined){
let data128 = data122.closeAfter;
if(!(((typeof data128 == "number") && (!(data128 % 1) && !isNaN(data128))) && (isFinite(data128)))){
const err298 = {instancePath:instancePath+"/actions/closeAfter",schemaPath:"#/properties/actions/properties/closeAfter/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.actions.properties.closeAfter.type,parentSchema:schema41.properties.actions.properties.closeAfter,data:data128};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
if((typeof data128 == "number") && (isFinite(data128))){
if(data128 > 90 || isNaN(data128)){
const err299 = {instancePath:instancePath+"/actions/closeAfter",schemaPath:"#/properties/actions/properties/closeAfter/maximum",keyword:"maximum",params:{comparison: "<=", limit: 90},message:"must be <= 90",schema:90,parentSchema:schema41.properties.actions.properties.closeAfter,data:data128};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
if(data128 < 1 || isNaN(data128)){
const err300 = {instancePath:instancePath+"/actions/closeAfter",schemaPath:"#/properties/actions/properties/closeAfter/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.actions.properties.closeAfter,data:data128};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
}
if(data122.maxWrites !== undefined){
let data129 = data122.maxWrites;
if(!(((typeof data129 == "number") && (!(data129 % 1) && !isNaN(data129))) && (isFinite(data129)))){
const err301 = {instancePath:instancePath+"/actions/maxWrites",schemaPath:"#/properties/actions/properties/maxWrites/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema41.properties.actions.properties.maxWrites.type,parentSchema:schema41.properties.actions.properties.maxWrites,data:data129};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
if((typeof data129 == "number") && (isFinite(data129))){
if(data129 > 500 || isNaN(data129)){
const err302 = {instancePath:instancePath+"/actions/maxWrites",schemaPath:"#/properties/actions/properties/maxWrites/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500},message:"must be <= 500",schema:500,parentSchema:schema41.properties.actions.properties.maxWrites,data:data129};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
if(data129 < 1 || isNaN(data129)){
const err303 = {instancePath:instancePath+"/actions/maxWrites",schemaPath:"#/properties/actions/properties/maxWrites/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema41.properties.actions.properties.maxWrites,data:data129};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
}
if(data122.labels !== undefined){
let data130 = data122.labels;
if(Array.isArray(data130)){
if(data130.length < 1){
const err304 = {instancePath:instancePath+"/actions/labels",schemaPath:"#/properties/actions/properties/labels/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema41.properties.actions.properties.labels,data:data130};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
const len6 = data130.length;
for(let i11=0; i11<len6; i11++){
let data131 = data130[i11];
if(typeof data131 === "string"){
if(func1(data131) > 50){
const err305 = {instancePath:instancePath+"/actions/labels/" + i11,schemaPath:"#/properties/actions/properties/labels/items/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema41.properties.actions.properties.labels.items,data:data131};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
if(func1(data131) < 1){
const err306 = {instancePath:instancePath+"/actions/labels/" + i11,schemaPath:"#/properties/actions/properties/labels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.actions.properties.labels.items,data:data131};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
if(!pattern35.test(data131)){
const err307 = {instancePath:instancePath+"/actions/labels/" + i11,schemaPath:"#/properties/actions/properties/labels/items/pattern",keyword:"pattern",params:{pattern: "^[^,]+$"},message:"must match pattern \""+"^[^,]+$"+"\"",schema:"^[^,]+$",parentSchema:schema41.properties.actions.properties.labels.items,data:data131};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
}
else {
const err308 = {instancePath:instancePath+"/actions/labels/" + i11,schemaPath:"#/properties/actions/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.actions.properties.labels.items.type,parentSchema:schema41.properties.actions.properties.labels.items,data:data131};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
let i12 = data130.length;
let j5;
if(i12 > 1){
const indices4 = {};
for(;i12--;){
let item4 = data130[i12];
if(typeof item4 !== "string"){
continue;
}
if(typeof indices4[item4] == "number"){
j5 = indices4[item4];
const err309 = {instancePath:instancePath+"/actions/labels",schemaPath:"#/properties/actions/properties/labels/uniqueItems",keyword:"uniqueItems",params:{i: i12, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i12+" are identical)",schema:true,parentSchema:schema41.properties.actions.properties.labels,data:data130};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
break;
}
indices4[item4] = i12;
}
}
}
else {
const err310 = {instancePath:instancePath+"/actions/labels",schemaPath:"#/properties/actions/properties/labels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema41.properties.actions.properties.labels.type,parentSchema:schema41.properties.actions.properties.labels,data:data130};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
if(data122.assignLeads !== undefined){
let data132 = data122.assignLeads;
if(typeof data132 !== "boolean"){
const err311 = {instancePath:instancePath+"/actions/assignLeads",schemaPath:"#/properties/actions/properties/assignLeads/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.actions.properties.assignLeads.type,parentSchema:schema41.properties.actions.properties.assignLeads,data:data132};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
if(data122.sopAcknowledgements !== undefined){
let data133 = data122.sopAcknowledgements;
if(typeof data133 !== "boolean"){
const err312 = {instancePath:instancePath+"/actions/sopAcknowledgements",schemaPath:"#/properties/actions/properties/sopAcknowledgements/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema41.properties.actions.properties.sopAcknowledgements.type,parentSchema:schema41.properties.actions.properties.sopAcknowledgements,data:data133};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
}
if(data122.acknowledgementLabel !== undefined){
let data134 = data122.acknowledgementLabel;
if(typeof data134 === "string"){
if(func1(data134) > 50){
const err313 = {instancePath:instancePath+"/actions/acknowledgementLabel",schemaPath:"#/properties/actions/properties/acknowledgementLabel/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters",schema:50,parentSchema:schema41.properties.actions.properties.acknowledgementLabel,data:data134};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
if(func1(data134) < 1){
const err314 = {instancePath:instancePath+"/actions/acknowledgementLabel",schemaPath:"#/properties/actions/properties/acknowledgementLabel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.actions.properties.acknowledgementLabel,data:data134};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
if(!pattern35.test(data134)){
const err315 = {instancePath:instancePath+"/actions/acknowledgementLabel",schemaPath:"#/properties/actions/properties/acknowledgementLabel/pattern",keyword:"pattern",params:{pattern: "^[^,]+$"},message:"must match pattern \""+"^[^,]+$"+"\"",schema:"^[^,]+$",parentSchema:schema41.properties.actions.properties.acknowledgementLabel,data:data134};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
}
else {
const err316 = {instancePath:instancePath+"/actions/acknowledgementLabel",schemaPath:"#/properties/actions/properties/acknowledgementLabel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.actions.properties.acknowledgementLabel.type,parentSchema:schema41.properties.actions.properties.acknowledgementLabel,data:data134};
if(vErrors === null){
vErrors = [err316];
}
else {
vErrors.push(err316);
}
errors++;
}
}
}
else {
const err317 = {instancePath:instancePath+"/actions",schemaPath:"#/properties/actions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.actions.type,parentSchema:schema41.properties.actions,data:data122};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
if(data.site !== undefined){
let data135 = data.site;
if(data135 && typeof data135 == "object" && !Array.isArray(data135)){
for(const key34 in data135){
if(!(((((key34 === "title") || (key34 === "url")) || (key34 === "base")) || (key34 === "ticketUrl")) || (key34 === "staleAfter"))){
const err318 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties",schema:false,parentSchema:schema41.properties.site,data:data135};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
}
if(data135.title !== undefined){
let data136 = data135.title;
if(typeof data136 === "string"){
if(func1(data136) > 120){
const err319 = {instancePath:instancePath+"/site/title",schemaPath:"#/properties/site/properties/title/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters",schema:120,parentSchema:schema41.properties.site.properties.title,data:data136};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
if(func1(data136) < 1){
const err320 = {instancePath:instancePath+"/site/title",schemaPath:"#/properties/site/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema41.properties.site.properties.title,data:data136};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
}
else {
const err321 = {instancePath:instancePath+"/site/title",schemaPath:"#/properties/site/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.site.properties.title.type,parentSchema:schema41.properties.site.properties.title,data:data136};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
if(data135.url !== undefined){
let data137 = data135.url;
if(typeof data137 === "string"){
if(!pattern27.test(data137)){
const err322 = {instancePath:instancePath+"/site/url",schemaPath:"#/properties/site/properties/url/pattern",keyword:"pattern",params:{pattern: "^https?://"},message:"must match pattern \""+"^https?://"+"\"",schema:"^https?://",parentSchema:schema41.properties.site.properties.url,data:data137};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
if(!(formats6(data137))){
const err323 = {instancePath:instancePath+"/site/url",schemaPath:"#/properties/site/properties/url/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\"",schema:"uri",parentSchema:schema41.properties.site.properties.url,data:data137};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
}
else {
const err324 = {instancePath:instancePath+"/site/url",schemaPath:"#/properties/site/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.site.properties.url.type,parentSchema:schema41.properties.site.properties.url,data:data137};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
}
if(data135.base !== undefined){
let data138 = data135.base;
if(typeof data138 === "string"){
if(!pattern38.test(data138)){
const err325 = {instancePath:instancePath+"/site/base",schemaPath:"#/properties/site/properties/base/pattern",keyword:"pattern",params:{pattern: "^/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?$"},message:"must match pattern \""+"^/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?$"+"\"",schema:"^/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?$",parentSchema:schema41.properties.site.properties.base,data:data138};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
}
else {
const err326 = {instancePath:instancePath+"/site/base",schemaPath:"#/properties/site/properties/base/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.site.properties.base.type,parentSchema:schema41.properties.site.properties.base,data:data138};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
if(data135.ticketUrl !== undefined){
let data139 = data135.ticketUrl;
if(typeof data139 === "string"){
if(!pattern39.test(data139)){
const err327 = {instancePath:instancePath+"/site/ticketUrl",schemaPath:"#/properties/site/properties/ticketUrl/pattern",keyword:"pattern",params:{pattern: "^https?://.*\\{id\\}"},message:"must match pattern \""+"^https?://.*\\{id\\}"+"\"",schema:"^https?://.*\\{id\\}",parentSchema:schema41.properties.site.properties.ticketUrl,data:data139};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
else {
const err328 = {instancePath:instancePath+"/site/ticketUrl",schemaPath:"#/properties/site/properties/ticketUrl/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema41.properties.site.properties.ticketUrl.type,parentSchema:schema41.properties.site.properties.ticketUrl,data:data139};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
}
if(data135.staleAfter !== undefined){
let data140 = data135.staleAfter;
if(typeof data140 === "string"){
if(!pattern40.test(data140)){
const err329 = {instancePath:instancePath+"/site/staleAfter",schemaPath:"common.schema.json#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?$"},message:"must match pattern \""+"^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?$"+"\"",schema:"^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?$",parentSchema:schema82,data:data140};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
else {
const err330 = {instancePath:instancePath+"/site/staleAfter",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.type,parentSchema:schema82,data:data140};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
}
}
else {
const err331 = {instancePath:instancePath+"/site",schemaPath:"#/properties/site/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.site.type,parentSchema:schema41.properties.site,data:data135};
if(vErrors === null){
vErrors = [err331];
}
else {
vErrors.push(err331);
}
errors++;
}
}
}
else {
const err332 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
});
var validate49 = (function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.every === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "every"},message:"must have required property '"+"every"+"'",schema:schema87.required,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.last === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "last"},message:"must have required property '"+"last"+"'",schema:schema87.required,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "every") || (key0 === "last"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.every !== undefined){
let data0 = data.every;
if(typeof data0 === "string"){
if(!pattern43.test(data0)){
const err3 = {instancePath:instancePath+"/every",schemaPath:"#/$defs/period/pattern",keyword:"pattern",params:{pattern: "^[1-9]\\d*(d|w|mo|y)$"},message:"must match pattern \""+"^[1-9]\\d*(d|w|mo|y)$"+"\"",schema:"^[1-9]\\d*(d|w|mo|y)$",parentSchema:schema88,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/every",schemaPath:"#/$defs/period/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.type,parentSchema:schema88,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.last !== undefined){
let data1 = data.last;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err5 = {instancePath:instancePath+"/last",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/last",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.type,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
});
var validate48 = (function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="policy.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.title === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.owner === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.status === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.effective === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "effective"},message:"must have required property '"+"effective"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.review === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "review"},message:"must have required property '"+"review"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.body === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "body"},message:"must have required property '"+"body"+"'",schema:schema83.required,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func9.call(schema83.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("Policy" !== data0){
const err9 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Policy"},message:"must be equal to constant",schema:"Policy",parentSchema:schema83.properties.kind,data:data0};
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
let data1 = data.id;
if(typeof data1 === "string"){
if(func1(data1) > 64){
const err10 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern4.test(data1)){
const err11 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data1};
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
const err12 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 === "string"){
if(func1(data2) > 140){
const err13 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 140},message:"must NOT have more than 140 characters",schema:140,parentSchema:schema83.properties.title,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func1(data2) < 3){
const err14 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema83.properties.title,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.title.type,parentSchema:schema83.properties.title,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.owner !== undefined){
let data3 = data.owner;
if(typeof data3 === "string"){
if(func1(data3) > 64){
const err16 = {instancePath:instancePath+"/owner",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern4.test(data3)){
const err17 = {instancePath:instancePath+"/owner",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/owner",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.status !== undefined){
let data4 = data.status;
if(typeof data4 !== "string"){
const err19 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.status.type,parentSchema:schema83.properties.status,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(((data4 === "draft") || (data4 === "active")) || (data4 === "retired"))){
const err20 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema83.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema83.properties.status.enum,parentSchema:schema83.properties.status,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.effective !== undefined){
let data5 = data.effective;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err21 = {instancePath:instancePath+"/effective",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema37,data:data5};
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
const err22 = {instancePath:instancePath+"/effective",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.review !== undefined){
if(!(validate49(data.review, {instancePath:instancePath+"/review",parentData:data,parentDataProperty:"review",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
if(data.summary !== undefined){
let data7 = data.summary;
if(typeof data7 === "string"){
if(func1(data7) > 1000){
const err23 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema83.properties.summary,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.summary.type,parentSchema:schema83.properties.summary,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.body !== undefined){
let data8 = data.body;
if(typeof data8 === "string"){
if(func1(data8) > 20000){
const err25 = {instancePath:instancePath+"/body",schemaPath:"common.schema.json#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema90,data:data8};
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
const err26 = {instancePath:instancePath+"/body",schemaPath:"common.schema.json#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.type,parentSchema:schema90,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
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
if(typeof data10 === "string"){
if(func1(data10) > 64){
const err27 = {instancePath:instancePath+"/standards/" + i0,schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!pattern4.test(data10)){
const err28 = {instancePath:instancePath+"/standards/" + i0,schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data10};
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
const err29 = {instancePath:instancePath+"/standards/" + i0,schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
let i1 = data9.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data9[i1], data9[j0])){
const err30 = {instancePath:instancePath+"/standards",schemaPath:"#/properties/standards/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema83.properties.standards,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err31 = {instancePath:instancePath+"/standards",schemaPath:"#/properties/standards/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema83.properties.standards.type,parentSchema:schema83.properties.standards,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.sops !== undefined){
let data11 = data.sops;
if(Array.isArray(data11)){
const len1 = data11.length;
for(let i2=0; i2<len1; i2++){
let data12 = data11[i2];
if(typeof data12 === "string"){
if(func1(data12) > 64){
const err32 = {instancePath:instancePath+"/sops/" + i2,schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!pattern4.test(data12)){
const err33 = {instancePath:instancePath+"/sops/" + i2,schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/sops/" + i2,schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
let i3 = data11.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data11[i3], data11[j1])){
const err35 = {instancePath:instancePath+"/sops",schemaPath:"#/properties/sops/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema83.properties.sops,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err36 = {instancePath:instancePath+"/sops",schemaPath:"#/properties/sops/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema83.properties.sops.type,parentSchema:schema83.properties.sops,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.type,parentSchema:schema83,data};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
});
var validate52 = (function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.every === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "every"},message:"must have required property '"+"every"+"'",schema:schema87.required,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.last === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "last"},message:"must have required property '"+"last"+"'",schema:schema87.required,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "every") || (key0 === "last"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.every !== undefined){
let data0 = data.every;
if(typeof data0 === "string"){
if(!pattern43.test(data0)){
const err3 = {instancePath:instancePath+"/every",schemaPath:"#/$defs/period/pattern",keyword:"pattern",params:{pattern: "^[1-9]\\d*(d|w|mo|y)$"},message:"must match pattern \""+"^[1-9]\\d*(d|w|mo|y)$"+"\"",schema:"^[1-9]\\d*(d|w|mo|y)$",parentSchema:schema88,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/every",schemaPath:"#/$defs/period/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.type,parentSchema:schema88,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.last !== undefined){
let data1 = data.last;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err5 = {instancePath:instancePath+"/last",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/last",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.type,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
});
var validate51 = (function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="scorecard.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.title === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.owner === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.passMark === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "passMark"},message:"must have required property '"+"passMark"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.behaviours === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "behaviours"},message:"must have required property '"+"behaviours"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.review === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "review"},message:"must have required property '"+"review"+"'",schema:schema93.required,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "kind") || (key0 === "id")) || (key0 === "title")) || (key0 === "description")) || (key0 === "owner")) || (key0 === "passMark")) || (key0 === "behaviours")) || (key0 === "review"))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("Scorecard" !== data0){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Scorecard"},message:"must be equal to constant",schema:"Scorecard",parentSchema:schema93.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func1(data1) > 64){
const err9 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern4.test(data1)){
const err10 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data1};
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
const err11 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 === "string"){
if(func1(data2) > 140){
const err12 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 140},message:"must NOT have more than 140 characters",schema:140,parentSchema:schema93.properties.title,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func1(data2) < 3){
const err13 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema93.properties.title,data:data2};
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
const err14 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.title.type,parentSchema:schema93.properties.title,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 === "string"){
if(func1(data3) > 20000){
const err15 = {instancePath:instancePath+"/description",schemaPath:"common.schema.json#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema90,data:data3};
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
const err16 = {instancePath:instancePath+"/description",schemaPath:"common.schema.json#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.type,parentSchema:schema90,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.owner !== undefined){
let data4 = data.owner;
if(typeof data4 === "string"){
if(func1(data4) > 64){
const err17 = {instancePath:instancePath+"/owner",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern4.test(data4)){
const err18 = {instancePath:instancePath+"/owner",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data4};
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
const err19 = {instancePath:instancePath+"/owner",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.passMark !== undefined){
let data5 = data.passMark;
const _errs16 = errors;
let valid5 = false;
let passing0 = null;
const _errs17 = errors;
if(typeof data5 === "string"){
if(!pattern20.test(data5)){
const err20 = {instancePath:instancePath+"/passMark",schemaPath:"common.schema.json#/$defs/percentage/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\d+(\\.\\d+)?%$"},message:"must match pattern \""+"^\\d+(\\.\\d+)?%$"+"\"",schema:"^\\d+(\\.\\d+)?%$",parentSchema:schema57.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/passMark",schemaPath:"common.schema.json#/$defs/percentage/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.oneOf[0].type,parentSchema:schema57.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs17 === errors;
if(_valid0){
valid5 = true;
passing0 = 0;
}
const _errs19 = errors;
if(!((typeof data5 == "number") && (isFinite(data5)))){
const err22 = {instancePath:instancePath+"/passMark",schemaPath:"common.schema.json#/$defs/percentage/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema57.oneOf[1].type,parentSchema:schema57.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid0 = _errs19 === errors;
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
const err23 = {instancePath:instancePath+"/passMark",schemaPath:"common.schema.json#/$defs/percentage/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema57.oneOf,parentSchema:schema57,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs16;
if(vErrors !== null){
if(_errs16){
vErrors.length = _errs16;
}
else {
vErrors = null;
}
}
}
}
if(data.behaviours !== undefined){
let data6 = data.behaviours;
if(Array.isArray(data6)){
if(data6.length < 1){
const err24 = {instancePath:instancePath+"/behaviours",schemaPath:"#/properties/behaviours/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema93.properties.behaviours,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.id === undefined){
const err25 = {instancePath:instancePath+"/behaviours/" + i0,schemaPath:"#/properties/behaviours/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema93.properties.behaviours.items.required,parentSchema:schema93.properties.behaviours.items,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data7.title === undefined){
const err26 = {instancePath:instancePath+"/behaviours/" + i0,schemaPath:"#/properties/behaviours/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema93.properties.behaviours.items.required,parentSchema:schema93.properties.behaviours.items,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data7.description === undefined){
const err27 = {instancePath:instancePath+"/behaviours/" + i0,schemaPath:"#/properties/behaviours/items/required",keyword:"required",params:{missingProperty: "description"},message:"must have required property '"+"description"+"'",schema:schema93.properties.behaviours.items.required,parentSchema:schema93.properties.behaviours.items,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key1 in data7){
if(!(((((key1 === "id") || (key1 === "title")) || (key1 === "description")) || (key1 === "weight")) || (key1 === "critical"))){
const err28 = {instancePath:instancePath+"/behaviours/" + i0,schemaPath:"#/properties/behaviours/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema93.properties.behaviours.items,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data7.id !== undefined){
let data8 = data7.id;
if(typeof data8 === "string"){
if(func1(data8) > 64){
const err29 = {instancePath:instancePath+"/behaviours/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern4.test(data8)){
const err30 = {instancePath:instancePath+"/behaviours/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data8};
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
const err31 = {instancePath:instancePath+"/behaviours/" + i0+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data7.title !== undefined){
let data9 = data7.title;
if(typeof data9 === "string"){
if(func1(data9) > 80){
const err32 = {instancePath:instancePath+"/behaviours/" + i0+"/title",schemaPath:"#/properties/behaviours/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema93.properties.behaviours.items.properties.title,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(func1(data9) < 3){
const err33 = {instancePath:instancePath+"/behaviours/" + i0+"/title",schemaPath:"#/properties/behaviours/items/properties/title/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema93.properties.behaviours.items.properties.title,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/behaviours/" + i0+"/title",schemaPath:"#/properties/behaviours/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema93.properties.behaviours.items.properties.title.type,parentSchema:schema93.properties.behaviours.items.properties.title,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data7.description !== undefined){
let data10 = data7.description;
if(typeof data10 === "string"){
if(func1(data10) > 20000){
const err35 = {instancePath:instancePath+"/behaviours/" + i0+"/description",schemaPath:"common.schema.json#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema90,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/behaviours/" + i0+"/description",schemaPath:"common.schema.json#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.type,parentSchema:schema90,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data7.weight !== undefined){
let data11 = data7.weight;
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 100 || isNaN(data11)){
const err37 = {instancePath:instancePath+"/behaviours/" + i0+"/weight",schemaPath:"#/properties/behaviours/items/properties/weight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema93.properties.behaviours.items.properties.weight,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data11 <= 0 || isNaN(data11)){
const err38 = {instancePath:instancePath+"/behaviours/" + i0+"/weight",schemaPath:"#/properties/behaviours/items/properties/weight/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0",schema:0,parentSchema:schema93.properties.behaviours.items.properties.weight,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/behaviours/" + i0+"/weight",schemaPath:"#/properties/behaviours/items/properties/weight/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema93.properties.behaviours.items.properties.weight.type,parentSchema:schema93.properties.behaviours.items.properties.weight,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data7.critical !== undefined){
let data12 = data7.critical;
if(typeof data12 !== "boolean"){
const err40 = {instancePath:instancePath+"/behaviours/" + i0+"/critical",schemaPath:"#/properties/behaviours/items/properties/critical/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema93.properties.behaviours.items.properties.critical.type,parentSchema:schema93.properties.behaviours.items.properties.critical,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/behaviours/" + i0,schemaPath:"#/properties/behaviours/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.properties.behaviours.items.type,parentSchema:schema93.properties.behaviours.items,data:data7};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/behaviours",schemaPath:"#/properties/behaviours/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema93.properties.behaviours.type,parentSchema:schema93.properties.behaviours,data:data6};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.review !== undefined){
if(!(validate52(data.review, {instancePath:instancePath+"/review",parentData:data,parentDataProperty:"review",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
}
else {
const err43 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema93.type,parentSchema:schema93,data};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
});
var validate55 = (function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.every === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "every"},message:"must have required property '"+"every"+"'",schema:schema87.required,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.last === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "last"},message:"must have required property '"+"last"+"'",schema:schema87.required,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "every") || (key0 === "last"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.every !== undefined){
let data0 = data.every;
if(typeof data0 === "string"){
if(!pattern43.test(data0)){
const err3 = {instancePath:instancePath+"/every",schemaPath:"#/$defs/period/pattern",keyword:"pattern",params:{pattern: "^[1-9]\\d*(d|w|mo|y)$"},message:"must match pattern \""+"^[1-9]\\d*(d|w|mo|y)$"+"\"",schema:"^[1-9]\\d*(d|w|mo|y)$",parentSchema:schema88,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/every",schemaPath:"#/$defs/period/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.type,parentSchema:schema88,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.last !== undefined){
let data1 = data.last;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err5 = {instancePath:instancePath+"/last",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/last",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.type,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
});
var validate54 = (function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="sop.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.title === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.version === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.status === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.owner === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.serves === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "serves"},message:"must have required property '"+"serves"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.steps === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.review === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "review"},message:"must have required property '"+"review"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.changelog === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changelog"},message:"must have required property '"+"changelog"+"'",schema:schema103.required,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func9.call(schema103.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("SOP" !== data0){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "SOP"},message:"must be equal to constant",schema:"SOP",parentSchema:schema103.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func1(data1) > 64){
const err12 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern4.test(data1)){
const err13 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data1};
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
const err14 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 === "string"){
if(func1(data2) > 140){
const err15 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 140},message:"must NOT have more than 140 characters",schema:140,parentSchema:schema103.properties.title,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func1(data2) < 3){
const err16 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema103.properties.title,data:data2};
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
const err17 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.properties.title.type,parentSchema:schema103.properties.title,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.version !== undefined){
let data3 = data.version;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err18 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema103.properties.version.type,parentSchema:schema103.properties.version,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 < 1 || isNaN(data3)){
const err19 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema103.properties.version,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data.status !== undefined){
let data4 = data.status;
if(typeof data4 !== "string"){
const err20 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.properties.status.type,parentSchema:schema103.properties.status,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!(((data4 === "draft") || (data4 === "active")) || (data4 === "retired"))){
const err21 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema103.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema103.properties.status.enum,parentSchema:schema103.properties.status,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.owner !== undefined){
let data5 = data.owner;
if(typeof data5 === "string"){
if(func1(data5) > 64){
const err22 = {instancePath:instancePath+"/owner",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern4.test(data5)){
const err23 = {instancePath:instancePath+"/owner",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/owner",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.summary !== undefined){
let data6 = data.summary;
if(typeof data6 === "string"){
if(func1(data6) > 1000){
const err25 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema103.properties.summary,data:data6};
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
const err26 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.properties.summary.type,parentSchema:schema103.properties.summary,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.followedBy !== undefined){
let data7 = data.followedBy;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 === "string"){
if(func1(data8) > 64){
const err27 = {instancePath:instancePath+"/followedBy/" + i0,schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(!pattern4.test(data8)){
const err28 = {instancePath:instancePath+"/followedBy/" + i0,schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data8};
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
const err29 = {instancePath:instancePath+"/followedBy/" + i0,schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
let i1 = data7.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data7[i1], data7[j0])){
const err30 = {instancePath:instancePath+"/followedBy",schemaPath:"#/properties/followedBy/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema103.properties.followedBy,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err31 = {instancePath:instancePath+"/followedBy",schemaPath:"#/properties/followedBy/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema103.properties.followedBy.type,parentSchema:schema103.properties.followedBy,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.serves !== undefined){
let data9 = data.serves;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i2=0; i2<len1; i2++){
let data10 = data9[i2];
if(typeof data10 === "string"){
if(func1(data10) > 64){
const err32 = {instancePath:instancePath+"/serves/" + i2,schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!pattern4.test(data10)){
const err33 = {instancePath:instancePath+"/serves/" + i2,schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/serves/" + i2,schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
let i3 = data9.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data9[i3], data9[j1])){
const err35 = {instancePath:instancePath+"/serves",schemaPath:"#/properties/serves/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema103.properties.serves,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err36 = {instancePath:instancePath+"/serves",schemaPath:"#/properties/serves/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema103.properties.serves.type,parentSchema:schema103.properties.serves,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.steps !== undefined){
let data11 = data.steps;
if(Array.isArray(data11)){
if(data11.length < 1){
const err37 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema103.properties.steps,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const len2 = data11.length;
for(let i4=0; i4<len2; i4++){
let data12 = data11[i4];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.id === undefined){
const err38 = {instancePath:instancePath+"/steps/" + i4,schemaPath:"#/properties/steps/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema103.properties.steps.items.required,parentSchema:schema103.properties.steps.items,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data12.title === undefined){
const err39 = {instancePath:instancePath+"/steps/" + i4,schemaPath:"#/properties/steps/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema103.properties.steps.items.required,parentSchema:schema103.properties.steps.items,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data12.instructions === undefined){
const err40 = {instancePath:instancePath+"/steps/" + i4,schemaPath:"#/properties/steps/items/required",keyword:"required",params:{missingProperty: "instructions"},message:"must have required property '"+"instructions"+"'",schema:schema103.properties.steps.items.required,parentSchema:schema103.properties.steps.items,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key1 in data12){
if(!(((((((key1 === "id") || (key1 === "title")) || (key1 === "instructions")) || (key1 === "within")) || (key1 === "clock")) || (key1 === "keeps")) || (key1 === "role"))){
const err41 = {instancePath:instancePath+"/steps/" + i4,schemaPath:"#/properties/steps/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema103.properties.steps.items,data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data12.id !== undefined){
let data13 = data12.id;
if(typeof data13 === "string"){
if(func1(data13) > 64){
const err42 = {instancePath:instancePath+"/steps/" + i4+"/id",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(!pattern4.test(data13)){
const err43 = {instancePath:instancePath+"/steps/" + i4+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data13};
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
const err44 = {instancePath:instancePath+"/steps/" + i4+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data12.title !== undefined){
let data14 = data12.title;
if(typeof data14 === "string"){
if(func1(data14) > 140){
const err45 = {instancePath:instancePath+"/steps/" + i4+"/title",schemaPath:"#/properties/steps/items/properties/title/maxLength",keyword:"maxLength",params:{limit: 140},message:"must NOT have more than 140 characters",schema:140,parentSchema:schema103.properties.steps.items.properties.title,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(func1(data14) < 3){
const err46 = {instancePath:instancePath+"/steps/" + i4+"/title",schemaPath:"#/properties/steps/items/properties/title/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema103.properties.steps.items.properties.title,data:data14};
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
const err47 = {instancePath:instancePath+"/steps/" + i4+"/title",schemaPath:"#/properties/steps/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.properties.steps.items.properties.title.type,parentSchema:schema103.properties.steps.items.properties.title,data:data14};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data12.instructions !== undefined){
let data15 = data12.instructions;
if(typeof data15 === "string"){
if(func1(data15) > 20000){
const err48 = {instancePath:instancePath+"/steps/" + i4+"/instructions",schemaPath:"common.schema.json#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema90,data:data15};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/steps/" + i4+"/instructions",schemaPath:"common.schema.json#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.type,parentSchema:schema90,data:data15};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data12.within !== undefined){
let data16 = data12.within;
if(typeof data16 === "string"){
if(!pattern40.test(data16)){
const err50 = {instancePath:instancePath+"/steps/" + i4+"/within",schemaPath:"common.schema.json#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?$"},message:"must match pattern \""+"^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?$"+"\"",schema:"^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?$",parentSchema:schema82,data:data16};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/steps/" + i4+"/within",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.type,parentSchema:schema82,data:data16};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data12.clock !== undefined){
let data17 = data12.clock;
if(typeof data17 !== "string"){
const err52 = {instancePath:instancePath+"/steps/" + i4+"/clock",schemaPath:"#/properties/steps/items/properties/clock/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.properties.steps.items.properties.clock.type,parentSchema:schema103.properties.steps.items.properties.clock,data:data17};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!((data17 === "24/7") || (data17 === "business"))){
const err53 = {instancePath:instancePath+"/steps/" + i4+"/clock",schemaPath:"#/properties/steps/items/properties/clock/enum",keyword:"enum",params:{allowedValues: schema103.properties.steps.items.properties.clock.enum},message:"must be equal to one of the allowed values",schema:schema103.properties.steps.items.properties.clock.enum,parentSchema:schema103.properties.steps.items.properties.clock,data:data17};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data12.keeps !== undefined){
let data18 = data12.keeps;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(data18.standard === undefined){
const err54 = {instancePath:instancePath+"/steps/" + i4+"/keeps",schemaPath:"#/properties/steps/items/properties/keeps/required",keyword:"required",params:{missingProperty: "standard"},message:"must have required property '"+"standard"+"'",schema:schema103.properties.steps.items.properties.keeps.required,parentSchema:schema103.properties.steps.items.properties.keeps,data:data18};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
for(const key2 in data18){
if(!(key2 === "standard")){
const err55 = {instancePath:instancePath+"/steps/" + i4+"/keeps",schemaPath:"#/properties/steps/items/properties/keeps/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema103.properties.steps.items.properties.keeps,data:data18};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data18.standard !== undefined){
let data19 = data18.standard;
if(typeof data19 === "string"){
if(func1(data19) > 64){
const err56 = {instancePath:instancePath+"/steps/" + i4+"/keeps/standard",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data19};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(!pattern4.test(data19)){
const err57 = {instancePath:instancePath+"/steps/" + i4+"/keeps/standard",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data19};
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
const err58 = {instancePath:instancePath+"/steps/" + i4+"/keeps/standard",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data19};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/steps/" + i4+"/keeps",schemaPath:"#/properties/steps/items/properties/keeps/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema103.properties.steps.items.properties.keeps.type,parentSchema:schema103.properties.steps.items.properties.keeps,data:data18};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data12.role !== undefined){
let data20 = data12.role;
if(typeof data20 === "string"){
if(func1(data20) > 60){
const err60 = {instancePath:instancePath+"/steps/" + i4+"/role",schemaPath:"#/properties/steps/items/properties/role/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema103.properties.steps.items.properties.role,data:data20};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(func1(data20) < 2){
const err61 = {instancePath:instancePath+"/steps/" + i4+"/role",schemaPath:"#/properties/steps/items/properties/role/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema103.properties.steps.items.properties.role,data:data20};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/steps/" + i4+"/role",schemaPath:"#/properties/steps/items/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.properties.steps.items.properties.role.type,parentSchema:schema103.properties.steps.items.properties.role,data:data20};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/steps/" + i4,schemaPath:"#/properties/steps/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema103.properties.steps.items.type,parentSchema:schema103.properties.steps.items,data:data12};
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
else {
const err64 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema103.properties.steps.type,parentSchema:schema103.properties.steps,data:data11};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.review !== undefined){
if(!(validate55(data.review, {instancePath:instancePath+"/review",parentData:data,parentDataProperty:"review",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
if(data.changelog !== undefined){
let data22 = data.changelog;
if(Array.isArray(data22)){
if(data22.length < 1){
const err65 = {instancePath:instancePath+"/changelog",schemaPath:"#/properties/changelog/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema103.properties.changelog,data:data22};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
const len3 = data22.length;
for(let i5=0; i5<len3; i5++){
let data23 = data22[i5];
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.version === undefined){
const err66 = {instancePath:instancePath+"/changelog/" + i5,schemaPath:"#/properties/changelog/items/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema103.properties.changelog.items.required,parentSchema:schema103.properties.changelog.items,data:data23};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data23.date === undefined){
const err67 = {instancePath:instancePath+"/changelog/" + i5,schemaPath:"#/properties/changelog/items/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema103.properties.changelog.items.required,parentSchema:schema103.properties.changelog.items,data:data23};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data23.summary === undefined){
const err68 = {instancePath:instancePath+"/changelog/" + i5,schemaPath:"#/properties/changelog/items/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema103.properties.changelog.items.required,parentSchema:schema103.properties.changelog.items,data:data23};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
for(const key3 in data23){
if(!(((key3 === "version") || (key3 === "date")) || (key3 === "summary"))){
const err69 = {instancePath:instancePath+"/changelog/" + i5,schemaPath:"#/properties/changelog/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema103.properties.changelog.items,data:data23};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data23.version !== undefined){
let data24 = data23.version;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err70 = {instancePath:instancePath+"/changelog/" + i5+"/version",schemaPath:"#/properties/changelog/items/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema103.properties.changelog.items.properties.version.type,parentSchema:schema103.properties.changelog.items.properties.version,data:data24};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 1 || isNaN(data24)){
const err71 = {instancePath:instancePath+"/changelog/" + i5+"/version",schemaPath:"#/properties/changelog/items/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema103.properties.changelog.items.properties.version,data:data24};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
if(data23.date !== undefined){
let data25 = data23.date;
if(typeof data25 === "string"){
if(!(formats0.validate(data25))){
const err72 = {instancePath:instancePath+"/changelog/" + i5+"/date",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema37,data:data25};
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
const err73 = {instancePath:instancePath+"/changelog/" + i5+"/date",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data25};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data23.summary !== undefined){
let data26 = data23.summary;
if(typeof data26 === "string"){
if(func1(data26) > 500){
const err74 = {instancePath:instancePath+"/changelog/" + i5+"/summary",schemaPath:"#/properties/changelog/items/properties/summary/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema103.properties.changelog.items.properties.summary,data:data26};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
if(func1(data26) < 3){
const err75 = {instancePath:instancePath+"/changelog/" + i5+"/summary",schemaPath:"#/properties/changelog/items/properties/summary/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema103.properties.changelog.items.properties.summary,data:data26};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
else {
const err76 = {instancePath:instancePath+"/changelog/" + i5+"/summary",schemaPath:"#/properties/changelog/items/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema103.properties.changelog.items.properties.summary.type,parentSchema:schema103.properties.changelog.items.properties.summary,data:data26};
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
else {
const err77 = {instancePath:instancePath+"/changelog/" + i5,schemaPath:"#/properties/changelog/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema103.properties.changelog.items.type,parentSchema:schema103.properties.changelog.items,data:data23};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
}
else {
const err78 = {instancePath:instancePath+"/changelog",schemaPath:"#/properties/changelog/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema103.properties.changelog.type,parentSchema:schema103.properties.changelog,data:data22};
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
const err79 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema103.type,parentSchema:schema103,data};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
});
var validate58 = (function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.every === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "every"},message:"must have required property '"+"every"+"'",schema:schema87.required,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.last === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "last"},message:"must have required property '"+"last"+"'",schema:schema87.required,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "every") || (key0 === "last"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.every !== undefined){
let data0 = data.every;
if(typeof data0 === "string"){
if(!pattern43.test(data0)){
const err3 = {instancePath:instancePath+"/every",schemaPath:"#/$defs/period/pattern",keyword:"pattern",params:{pattern: "^[1-9]\\d*(d|w|mo|y)$"},message:"must match pattern \""+"^[1-9]\\d*(d|w|mo|y)$"+"\"",schema:"^[1-9]\\d*(d|w|mo|y)$",parentSchema:schema88,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/every",schemaPath:"#/$defs/period/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema88.type,parentSchema:schema88,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.last !== undefined){
let data1 = data.last;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err5 = {instancePath:instancePath+"/last",schemaPath:"#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/last",schemaPath:"#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema87.type,parentSchema:schema87,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
});
var validate57 = (function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="standard.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema116.required,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema116.required,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.title === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema116.required,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.dimension === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dimension"},message:"must have required property '"+"dimension"+"'",schema:schema116.required,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.metric === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'",schema:schema116.required,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.window === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "window"},message:"must have required property '"+"window"+"'",schema:schema116.required,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.owner === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'",schema:schema116.required,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.effective === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "effective"},message:"must have required property '"+"effective"+"'",schema:schema116.required,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.review === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "review"},message:"must have required property '"+"review"+"'",schema:schema116.required,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.rationale === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rationale"},message:"must have required property '"+"rationale"+"'",schema:schema116.required,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func9.call(schema116.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("Standard" !== data0){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Standard"},message:"must be equal to constant",schema:"Standard",parentSchema:schema116.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func1(data1) > 64){
const err12 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(!pattern4.test(data1)){
const err13 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data1};
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
const err14 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 === "string"){
if(func1(data2) > 140){
const err15 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/maxLength",keyword:"maxLength",params:{limit: 140},message:"must NOT have more than 140 characters",schema:140,parentSchema:schema116.properties.title,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(func1(data2) < 5){
const err16 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 5},message:"must NOT have fewer than 5 characters",schema:5,parentSchema:schema116.properties.title,data:data2};
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
const err17 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.title.type,parentSchema:schema116.properties.title,data:data2};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 === "string"){
if(func1(data3) > 20000){
const err18 = {instancePath:instancePath+"/description",schemaPath:"common.schema.json#/$defs/markdown/maxLength",keyword:"maxLength",params:{limit: 20000},message:"must NOT have more than 20000 characters",schema:20000,parentSchema:schema90,data:data3};
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
const err19 = {instancePath:instancePath+"/description",schemaPath:"common.schema.json#/$defs/markdown/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema90.type,parentSchema:schema90,data:data3};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.dimension !== undefined){
let data4 = data.dimension;
if(typeof data4 !== "string"){
const err20 = {instancePath:instancePath+"/dimension",schemaPath:"#/properties/dimension/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.dimension.type,parentSchema:schema116.properties.dimension,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!(((((data4 === "reliability") || (data4 === "responsiveness")) || (data4 === "assurance")) || (data4 === "empathy")) || (data4 === "tangibles"))){
const err21 = {instancePath:instancePath+"/dimension",schemaPath:"#/properties/dimension/enum",keyword:"enum",params:{allowedValues: schema116.properties.dimension.enum},message:"must be equal to one of the allowed values",schema:schema116.properties.dimension.enum,parentSchema:schema116.properties.dimension,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.metric !== undefined){
let data5 = data.metric;
if(typeof data5 !== "string"){
const err22 = {instancePath:instancePath+"/metric",schemaPath:"#/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.metric.type,parentSchema:schema116.properties.metric,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(((((((((((((data5 === "first_response_time") || (data5 === "next_reply_time")) || (data5 === "full_resolution_time")) || (data5 === "requester_wait_time")) || (data5 === "agent_work_time")) || (data5 === "reopen_rate")) || (data5 === "first_contact_resolution")) || (data5 === "csat")) || (data5 === "nps")) || (data5 === "backlog_age")) || (data5 === "qa_score")) || (data5 === "qa_coverage")) || (data5 === "sop_acknowledgement"))){
const err23 = {instancePath:instancePath+"/metric",schemaPath:"#/properties/metric/enum",keyword:"enum",params:{allowedValues: schema116.properties.metric.enum},message:"must be equal to one of the allowed values",schema:schema116.properties.metric.enum,parentSchema:schema116.properties.metric,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.scope !== undefined){
let data6 = data.scope;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(!(((((key1 === "priority") || (key1 === "channel")) || (key1 === "team")) || (key1 === "category")) || (key1 === "tags"))){
const err24 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema116.properties.scope,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.priority !== undefined){
let data7 = data6.priority;
if(Array.isArray(data7)){
if(data7.length < 1){
const err25 = {instancePath:instancePath+"/scope/priority",schemaPath:"#/properties/scope/properties/priority/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema116.properties.scope.properties.priority,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 !== "string"){
const err26 = {instancePath:instancePath+"/scope/priority/" + i0,schemaPath:"common.schema.json#/$defs/priority/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.type,parentSchema:schema56,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!((((data8 === "low") || (data8 === "normal")) || (data8 === "high")) || (data8 === "urgent"))){
const err27 = {instancePath:instancePath+"/scope/priority/" + i0,schemaPath:"common.schema.json#/$defs/priority/enum",keyword:"enum",params:{allowedValues: schema56.enum},message:"must be equal to one of the allowed values",schema:schema56.enum,parentSchema:schema56,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
let i1 = data7.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data7[i1], data7[j0])){
const err28 = {instancePath:instancePath+"/scope/priority",schemaPath:"#/properties/scope/properties/priority/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema116.properties.scope.properties.priority,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err29 = {instancePath:instancePath+"/scope/priority",schemaPath:"#/properties/scope/properties/priority/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema116.properties.scope.properties.priority.type,parentSchema:schema116.properties.scope.properties.priority,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data6.channel !== undefined){
let data9 = data6.channel;
if(Array.isArray(data9)){
if(data9.length < 1){
const err30 = {instancePath:instancePath+"/scope/channel",schemaPath:"#/properties/scope/properties/channel/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema116.properties.scope.properties.channel,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const len1 = data9.length;
for(let i2=0; i2<len1; i2++){
let data10 = data9[i2];
if(typeof data10 !== "string"){
const err31 = {instancePath:instancePath+"/scope/channel/" + i2,schemaPath:"common.schema.json#/$defs/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.type,parentSchema:schema64,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(!((((((data10 === "email") || (data10 === "web")) || (data10 === "chat")) || (data10 === "phone")) || (data10 === "social")) || (data10 === "api"))){
const err32 = {instancePath:instancePath+"/scope/channel/" + i2,schemaPath:"common.schema.json#/$defs/channel/enum",keyword:"enum",params:{allowedValues: schema64.enum},message:"must be equal to one of the allowed values",schema:schema64.enum,parentSchema:schema64,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
let i3 = data9.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data9[i3], data9[j1])){
const err33 = {instancePath:instancePath+"/scope/channel",schemaPath:"#/properties/scope/properties/channel/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema116.properties.scope.properties.channel,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err34 = {instancePath:instancePath+"/scope/channel",schemaPath:"#/properties/scope/properties/channel/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema116.properties.scope.properties.channel.type,parentSchema:schema116.properties.scope.properties.channel,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data6.team !== undefined){
let data11 = data6.team;
if(Array.isArray(data11)){
if(data11.length < 1){
const err35 = {instancePath:instancePath+"/scope/team",schemaPath:"#/properties/scope/properties/team/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema116.properties.scope.properties.team,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
const len2 = data11.length;
for(let i4=0; i4<len2; i4++){
let data12 = data11[i4];
if(typeof data12 === "string"){
if(func1(data12) > 64){
const err36 = {instancePath:instancePath+"/scope/team/" + i4,schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(!pattern4.test(data12)){
const err37 = {instancePath:instancePath+"/scope/team/" + i4,schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/scope/team/" + i4,schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
let i5 = data11.length;
let j2;
if(i5 > 1){
outer2:
for(;i5--;){
for(j2 = i5; j2--;){
if(func0(data11[i5], data11[j2])){
const err39 = {instancePath:instancePath+"/scope/team",schemaPath:"#/properties/scope/properties/team/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i5+" are identical)",schema:true,parentSchema:schema116.properties.scope.properties.team,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
break outer2;
}
}
}
}
}
else {
const err40 = {instancePath:instancePath+"/scope/team",schemaPath:"#/properties/scope/properties/team/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema116.properties.scope.properties.team.type,parentSchema:schema116.properties.scope.properties.team,data:data11};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data6.category !== undefined){
let data13 = data6.category;
if(Array.isArray(data13)){
if(data13.length < 1){
const err41 = {instancePath:instancePath+"/scope/category",schemaPath:"#/properties/scope/properties/category/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema116.properties.scope.properties.category,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
const len3 = data13.length;
for(let i6=0; i6<len3; i6++){
let data14 = data13[i6];
if(typeof data14 === "string"){
if(func1(data14) < 1){
const err42 = {instancePath:instancePath+"/scope/category/" + i6,schemaPath:"#/properties/scope/properties/category/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema116.properties.scope.properties.category.items,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/scope/category/" + i6,schemaPath:"#/properties/scope/properties/category/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.scope.properties.category.items.type,parentSchema:schema116.properties.scope.properties.category.items,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
let i7 = data13.length;
let j3;
if(i7 > 1){
const indices0 = {};
for(;i7--;){
let item0 = data13[i7];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j3 = indices0[item0];
const err44 = {instancePath:instancePath+"/scope/category",schemaPath:"#/properties/scope/properties/category/uniqueItems",keyword:"uniqueItems",params:{i: i7, j: j3},message:"must NOT have duplicate items (items ## "+j3+" and "+i7+" are identical)",schema:true,parentSchema:schema116.properties.scope.properties.category,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
break;
}
indices0[item0] = i7;
}
}
}
else {
const err45 = {instancePath:instancePath+"/scope/category",schemaPath:"#/properties/scope/properties/category/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema116.properties.scope.properties.category.type,parentSchema:schema116.properties.scope.properties.category,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data6.tags !== undefined){
let data15 = data6.tags;
if(Array.isArray(data15)){
if(data15.length < 1){
const err46 = {instancePath:instancePath+"/scope/tags",schemaPath:"#/properties/scope/properties/tags/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema116.properties.scope.properties.tags,data:data15};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const len4 = data15.length;
for(let i8=0; i8<len4; i8++){
let data16 = data15[i8];
if(typeof data16 === "string"){
if(func1(data16) < 1){
const err47 = {instancePath:instancePath+"/scope/tags/" + i8,schemaPath:"#/properties/scope/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema116.properties.scope.properties.tags.items,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/scope/tags/" + i8,schemaPath:"#/properties/scope/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.scope.properties.tags.items.type,parentSchema:schema116.properties.scope.properties.tags.items,data:data16};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
let i9 = data15.length;
let j4;
if(i9 > 1){
const indices1 = {};
for(;i9--;){
let item1 = data15[i9];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j4 = indices1[item1];
const err49 = {instancePath:instancePath+"/scope/tags",schemaPath:"#/properties/scope/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i9, j: j4},message:"must NOT have duplicate items (items ## "+j4+" and "+i9+" are identical)",schema:true,parentSchema:schema116.properties.scope.properties.tags,data:data15};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
break;
}
indices1[item1] = i9;
}
}
}
else {
const err50 = {instancePath:instancePath+"/scope/tags",schemaPath:"#/properties/scope/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema116.properties.scope.properties.tags.type,parentSchema:schema116.properties.scope.properties.tags,data:data15};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema116.properties.scope.type,parentSchema:schema116.properties.scope,data:data6};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.threshold !== undefined){
let data17 = data.threshold;
if(typeof data17 === "string"){
if(!pattern40.test(data17)){
const err52 = {instancePath:instancePath+"/threshold",schemaPath:"common.schema.json#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?$"},message:"must match pattern \""+"^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?$"+"\"",schema:"^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?$",parentSchema:schema82,data:data17};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/threshold",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.type,parentSchema:schema82,data:data17};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.target !== undefined){
let data18 = data.target;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(Object.keys(data18).length > 1){
const err54 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema116.properties.target,data:data18};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(Object.keys(data18).length < 1){
const err55 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema116.properties.target,data:data18};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key2 in data18){
if(!((key2 === "min") || (key2 === "max"))){
const err56 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema116.properties.target,data:data18};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data18.min !== undefined){
let data19 = data18.min;
const _errs49 = errors;
let valid25 = false;
let passing0 = null;
const _errs50 = errors;
if(typeof data19 === "string"){
if(!pattern20.test(data19)){
const err57 = {instancePath:instancePath+"/target/min",schemaPath:"common.schema.json#/$defs/percentage/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\d+(\\.\\d+)?%$"},message:"must match pattern \""+"^\\d+(\\.\\d+)?%$"+"\"",schema:"^\\d+(\\.\\d+)?%$",parentSchema:schema57.oneOf[0],data:data19};
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
const err58 = {instancePath:instancePath+"/target/min",schemaPath:"common.schema.json#/$defs/percentage/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.oneOf[0].type,parentSchema:schema57.oneOf[0],data:data19};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
var _valid0 = _errs50 === errors;
if(_valid0){
valid25 = true;
passing0 = 0;
}
const _errs52 = errors;
if(!((typeof data19 == "number") && (isFinite(data19)))){
const err59 = {instancePath:instancePath+"/target/min",schemaPath:"common.schema.json#/$defs/percentage/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema57.oneOf[1].type,parentSchema:schema57.oneOf[1],data:data19};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
var _valid0 = _errs52 === errors;
if(_valid0 && valid25){
valid25 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid25 = true;
passing0 = 1;
}
}
if(!valid25){
const err60 = {instancePath:instancePath+"/target/min",schemaPath:"common.schema.json#/$defs/percentage/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema57.oneOf,parentSchema:schema57,data:data19};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
else {
errors = _errs49;
if(vErrors !== null){
if(_errs49){
vErrors.length = _errs49;
}
else {
vErrors = null;
}
}
}
}
if(data18.max !== undefined){
let data20 = data18.max;
const _errs56 = errors;
let valid27 = false;
let passing1 = null;
const _errs57 = errors;
if(typeof data20 === "string"){
if(!pattern20.test(data20)){
const err61 = {instancePath:instancePath+"/target/max",schemaPath:"common.schema.json#/$defs/percentage/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\d+(\\.\\d+)?%$"},message:"must match pattern \""+"^\\d+(\\.\\d+)?%$"+"\"",schema:"^\\d+(\\.\\d+)?%$",parentSchema:schema57.oneOf[0],data:data20};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
else {
const err62 = {instancePath:instancePath+"/target/max",schemaPath:"common.schema.json#/$defs/percentage/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.oneOf[0].type,parentSchema:schema57.oneOf[0],data:data20};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
var _valid1 = _errs57 === errors;
if(_valid1){
valid27 = true;
passing1 = 0;
}
const _errs59 = errors;
if(!((typeof data20 == "number") && (isFinite(data20)))){
const err63 = {instancePath:instancePath+"/target/max",schemaPath:"common.schema.json#/$defs/percentage/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema57.oneOf[1].type,parentSchema:schema57.oneOf[1],data:data20};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
var _valid1 = _errs59 === errors;
if(_valid1 && valid27){
valid27 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid27 = true;
passing1 = 1;
}
}
if(!valid27){
const err64 = {instancePath:instancePath+"/target/max",schemaPath:"common.schema.json#/$defs/percentage/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema57.oneOf,parentSchema:schema57,data:data20};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
else {
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err65 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema116.properties.target.type,parentSchema:schema116.properties.target,data:data18};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.calendar !== undefined){
let data21 = data.calendar;
if(typeof data21 === "string"){
if(func1(data21) > 64){
const err66 = {instancePath:instancePath+"/calendar",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data21};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(!pattern4.test(data21)){
const err67 = {instancePath:instancePath+"/calendar",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data21};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/calendar",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data21};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.objective !== undefined){
let data22 = data.objective;
const _errs66 = errors;
let valid30 = false;
let passing2 = null;
const _errs67 = errors;
if(typeof data22 === "string"){
if(!pattern20.test(data22)){
const err69 = {instancePath:instancePath+"/objective",schemaPath:"common.schema.json#/$defs/percentage/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\d+(\\.\\d+)?%$"},message:"must match pattern \""+"^\\d+(\\.\\d+)?%$"+"\"",schema:"^\\d+(\\.\\d+)?%$",parentSchema:schema57.oneOf[0],data:data22};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/objective",schemaPath:"common.schema.json#/$defs/percentage/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.oneOf[0].type,parentSchema:schema57.oneOf[0],data:data22};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
var _valid2 = _errs67 === errors;
if(_valid2){
valid30 = true;
passing2 = 0;
}
const _errs69 = errors;
if(!((typeof data22 == "number") && (isFinite(data22)))){
const err71 = {instancePath:instancePath+"/objective",schemaPath:"common.schema.json#/$defs/percentage/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema57.oneOf[1].type,parentSchema:schema57.oneOf[1],data:data22};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
var _valid2 = _errs69 === errors;
if(_valid2 && valid30){
valid30 = false;
passing2 = [passing2, 1];
}
else {
if(_valid2){
valid30 = true;
passing2 = 1;
}
}
if(!valid30){
const err72 = {instancePath:instancePath+"/objective",schemaPath:"common.schema.json#/$defs/percentage/oneOf",keyword:"oneOf",params:{passingSchemas: passing2},message:"must match exactly one schema in oneOf",schema:schema57.oneOf,parentSchema:schema57,data:data22};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
else {
errors = _errs66;
if(vErrors !== null){
if(_errs66){
vErrors.length = _errs66;
}
else {
vErrors = null;
}
}
}
}
if(data.window !== undefined){
let data23 = data.window;
if(typeof data23 === "string"){
if(!pattern66.test(data23)){
const err73 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/pattern",keyword:"pattern",params:{pattern: "^([1-9]\\d*(d|w)|month|quarter)$"},message:"must match pattern \""+"^([1-9]\\d*(d|w)|month|quarter)$"+"\"",schema:"^([1-9]\\d*(d|w)|month|quarter)$",parentSchema:schema116.properties.window,data:data23};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
else {
const err74 = {instancePath:instancePath+"/window",schemaPath:"#/properties/window/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.window.type,parentSchema:schema116.properties.window,data:data23};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.minimumSample !== undefined){
let data24 = data.minimumSample;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err75 = {instancePath:instancePath+"/minimumSample",schemaPath:"#/properties/minimumSample/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema116.properties.minimumSample.type,parentSchema:schema116.properties.minimumSample,data:data24};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 < 1 || isNaN(data24)){
const err76 = {instancePath:instancePath+"/minimumSample",schemaPath:"#/properties/minimumSample/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema116.properties.minimumSample,data:data24};
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
if(data.pauseStatuses !== undefined){
let data25 = data.pauseStatuses;
if(Array.isArray(data25)){
const len5 = data25.length;
for(let i10=0; i10<len5; i10++){
let data26 = data25[i10];
if(typeof data26 !== "string"){
const err77 = {instancePath:instancePath+"/pauseStatuses/" + i10,schemaPath:"common.schema.json#/$defs/ticketStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.type,parentSchema:schema66,data:data26};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(!((((((data26 === "new") || (data26 === "open")) || (data26 === "pending")) || (data26 === "on-hold")) || (data26 === "solved")) || (data26 === "closed"))){
const err78 = {instancePath:instancePath+"/pauseStatuses/" + i10,schemaPath:"common.schema.json#/$defs/ticketStatus/enum",keyword:"enum",params:{allowedValues: schema66.enum},message:"must be equal to one of the allowed values",schema:schema66.enum,parentSchema:schema66,data:data26};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
let i11 = data25.length;
let j5;
if(i11 > 1){
outer3:
for(;i11--;){
for(j5 = i11; j5--;){
if(func0(data25[i11], data25[j5])){
const err79 = {instancePath:instancePath+"/pauseStatuses",schemaPath:"#/properties/pauseStatuses/uniqueItems",keyword:"uniqueItems",params:{i: i11, j: j5},message:"must NOT have duplicate items (items ## "+j5+" and "+i11+" are identical)",schema:true,parentSchema:schema116.properties.pauseStatuses,data:data25};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
break outer3;
}
}
}
}
}
else {
const err80 = {instancePath:instancePath+"/pauseStatuses",schemaPath:"#/properties/pauseStatuses/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema116.properties.pauseStatuses.type,parentSchema:schema116.properties.pauseStatuses,data:data25};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
if(data.scorecard !== undefined){
let data27 = data.scorecard;
if(typeof data27 === "string"){
if(func1(data27) > 64){
const err81 = {instancePath:instancePath+"/scorecard",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data27};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(!pattern4.test(data27)){
const err82 = {instancePath:instancePath+"/scorecard",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data27};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/scorecard",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data27};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data.reviewsPerAgent !== undefined){
let data28 = data.reviewsPerAgent;
if(!(((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28))) && (isFinite(data28)))){
const err84 = {instancePath:instancePath+"/reviewsPerAgent",schemaPath:"#/properties/reviewsPerAgent/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema116.properties.reviewsPerAgent.type,parentSchema:schema116.properties.reviewsPerAgent,data:data28};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 > 100 || isNaN(data28)){
const err85 = {instancePath:instancePath+"/reviewsPerAgent",schemaPath:"#/properties/reviewsPerAgent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema116.properties.reviewsPerAgent,data:data28};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data28 < 1 || isNaN(data28)){
const err86 = {instancePath:instancePath+"/reviewsPerAgent",schemaPath:"#/properties/reviewsPerAgent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema116.properties.reviewsPerAgent,data:data28};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
if(data.sops !== undefined){
let data29 = data.sops;
if(Array.isArray(data29)){
if(data29.length < 1){
const err87 = {instancePath:instancePath+"/sops",schemaPath:"#/properties/sops/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema116.properties.sops,data:data29};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
const len6 = data29.length;
for(let i12=0; i12<len6; i12++){
let data30 = data29[i12];
if(typeof data30 === "string"){
if(func1(data30) > 64){
const err88 = {instancePath:instancePath+"/sops/" + i12,schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data30};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(!pattern4.test(data30)){
const err89 = {instancePath:instancePath+"/sops/" + i12,schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data30};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/sops/" + i12,schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data30};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
let i13 = data29.length;
let j6;
if(i13 > 1){
outer4:
for(;i13--;){
for(j6 = i13; j6--;){
if(func0(data29[i13], data29[j6])){
const err91 = {instancePath:instancePath+"/sops",schemaPath:"#/properties/sops/uniqueItems",keyword:"uniqueItems",params:{i: i13, j: j6},message:"must NOT have duplicate items (items ## "+j6+" and "+i13+" are identical)",schema:true,parentSchema:schema116.properties.sops,data:data29};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
break outer4;
}
}
}
}
}
else {
const err92 = {instancePath:instancePath+"/sops",schemaPath:"#/properties/sops/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema116.properties.sops.type,parentSchema:schema116.properties.sops,data:data29};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
if(data.owner !== undefined){
let data31 = data.owner;
if(typeof data31 === "string"){
if(func1(data31) > 64){
const err93 = {instancePath:instancePath+"/owner",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data31};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(!pattern4.test(data31)){
const err94 = {instancePath:instancePath+"/owner",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data31};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
else {
const err95 = {instancePath:instancePath+"/owner",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data31};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data.effective !== undefined){
let data32 = data.effective;
if(typeof data32 === "string"){
if(!(formats0.validate(data32))){
const err96 = {instancePath:instancePath+"/effective",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema37,data:data32};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
else {
const err97 = {instancePath:instancePath+"/effective",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data32};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data.review !== undefined){
if(!(validate58(data.review, {instancePath:instancePath+"/review",parentData:data,parentDataProperty:"review",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
if(data.rationale !== undefined){
let data34 = data.rationale;
if(typeof data34 === "string"){
if(func1(data34) > 2000){
const err98 = {instancePath:instancePath+"/rationale",schemaPath:"#/properties/rationale/maxLength",keyword:"maxLength",params:{limit: 2000},message:"must NOT have more than 2000 characters",schema:2000,parentSchema:schema116.properties.rationale,data:data34};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(func1(data34) < 10){
const err99 = {instancePath:instancePath+"/rationale",schemaPath:"#/properties/rationale/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters",schema:10,parentSchema:schema116.properties.rationale,data:data34};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
else {
const err100 = {instancePath:instancePath+"/rationale",schemaPath:"#/properties/rationale/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.rationale.type,parentSchema:schema116.properties.rationale,data:data34};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data.versions !== undefined){
let data35 = data.versions;
if(Array.isArray(data35)){
if(data35.length < 1){
const err101 = {instancePath:instancePath+"/versions",schemaPath:"#/properties/versions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema116.properties.versions,data:data35};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
const len7 = data35.length;
for(let i14=0; i14<len7; i14++){
let data36 = data35[i14];
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
if(data36.effective === undefined){
const err102 = {instancePath:instancePath+"/versions/" + i14,schemaPath:"#/properties/versions/items/required",keyword:"required",params:{missingProperty: "effective"},message:"must have required property '"+"effective"+"'",schema:schema116.properties.versions.items.required,parentSchema:schema116.properties.versions.items,data:data36};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
for(const key3 in data36){
if(!(((((key3 === "effective") || (key3 === "threshold")) || (key3 === "objective")) || (key3 === "target")) || (key3 === "note"))){
const err103 = {instancePath:instancePath+"/versions/" + i14,schemaPath:"#/properties/versions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema116.properties.versions.items,data:data36};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data36.effective !== undefined){
let data37 = data36.effective;
if(typeof data37 === "string"){
if(!(formats0.validate(data37))){
const err104 = {instancePath:instancePath+"/versions/" + i14+"/effective",schemaPath:"common.schema.json#/$defs/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\"",schema:"date",parentSchema:schema37,data:data37};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
else {
const err105 = {instancePath:instancePath+"/versions/" + i14+"/effective",schemaPath:"common.schema.json#/$defs/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data37};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data36.threshold !== undefined){
let data38 = data36.threshold;
if(typeof data38 === "string"){
if(!pattern40.test(data38)){
const err106 = {instancePath:instancePath+"/versions/" + i14+"/threshold",schemaPath:"common.schema.json#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?$"},message:"must match pattern \""+"^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?$"+"\"",schema:"^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?$",parentSchema:schema82,data:data38};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
else {
const err107 = {instancePath:instancePath+"/versions/" + i14+"/threshold",schemaPath:"common.schema.json#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema82.type,parentSchema:schema82,data:data38};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data36.objective !== undefined){
let data39 = data36.objective;
const _errs112 = errors;
let valid48 = false;
let passing3 = null;
const _errs113 = errors;
if(typeof data39 === "string"){
if(!pattern20.test(data39)){
const err108 = {instancePath:instancePath+"/versions/" + i14+"/objective",schemaPath:"common.schema.json#/$defs/percentage/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\d+(\\.\\d+)?%$"},message:"must match pattern \""+"^\\d+(\\.\\d+)?%$"+"\"",schema:"^\\d+(\\.\\d+)?%$",parentSchema:schema57.oneOf[0],data:data39};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
else {
const err109 = {instancePath:instancePath+"/versions/" + i14+"/objective",schemaPath:"common.schema.json#/$defs/percentage/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.oneOf[0].type,parentSchema:schema57.oneOf[0],data:data39};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
var _valid3 = _errs113 === errors;
if(_valid3){
valid48 = true;
passing3 = 0;
}
const _errs115 = errors;
if(!((typeof data39 == "number") && (isFinite(data39)))){
const err110 = {instancePath:instancePath+"/versions/" + i14+"/objective",schemaPath:"common.schema.json#/$defs/percentage/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema57.oneOf[1].type,parentSchema:schema57.oneOf[1],data:data39};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
var _valid3 = _errs115 === errors;
if(_valid3 && valid48){
valid48 = false;
passing3 = [passing3, 1];
}
else {
if(_valid3){
valid48 = true;
passing3 = 1;
}
}
if(!valid48){
const err111 = {instancePath:instancePath+"/versions/" + i14+"/objective",schemaPath:"common.schema.json#/$defs/percentage/oneOf",keyword:"oneOf",params:{passingSchemas: passing3},message:"must match exactly one schema in oneOf",schema:schema57.oneOf,parentSchema:schema57,data:data39};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
else {
errors = _errs112;
if(vErrors !== null){
if(_errs112){
vErrors.length = _errs112;
}
else {
vErrors = null;
}
}
}
}
if(data36.target !== undefined){
let data40 = data36.target;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
if(Object.keys(data40).length > 1){
const err112 = {instancePath:instancePath+"/versions/" + i14+"/target",schemaPath:"#/properties/versions/items/properties/target/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema116.properties.versions.items.properties.target,data:data40};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(Object.keys(data40).length < 1){
const err113 = {instancePath:instancePath+"/versions/" + i14+"/target",schemaPath:"#/properties/versions/items/properties/target/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema116.properties.versions.items.properties.target,data:data40};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
for(const key4 in data40){
if(!((key4 === "min") || (key4 === "max"))){
const err114 = {instancePath:instancePath+"/versions/" + i14+"/target",schemaPath:"#/properties/versions/items/properties/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema116.properties.versions.items.properties.target,data:data40};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data40.min !== undefined){
let data41 = data40.min;
const _errs122 = errors;
let valid51 = false;
let passing4 = null;
const _errs123 = errors;
if(typeof data41 === "string"){
if(!pattern20.test(data41)){
const err115 = {instancePath:instancePath+"/versions/" + i14+"/target/min",schemaPath:"common.schema.json#/$defs/percentage/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\d+(\\.\\d+)?%$"},message:"must match pattern \""+"^\\d+(\\.\\d+)?%$"+"\"",schema:"^\\d+(\\.\\d+)?%$",parentSchema:schema57.oneOf[0],data:data41};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/versions/" + i14+"/target/min",schemaPath:"common.schema.json#/$defs/percentage/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.oneOf[0].type,parentSchema:schema57.oneOf[0],data:data41};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
var _valid4 = _errs123 === errors;
if(_valid4){
valid51 = true;
passing4 = 0;
}
const _errs125 = errors;
if(!((typeof data41 == "number") && (isFinite(data41)))){
const err117 = {instancePath:instancePath+"/versions/" + i14+"/target/min",schemaPath:"common.schema.json#/$defs/percentage/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema57.oneOf[1].type,parentSchema:schema57.oneOf[1],data:data41};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
var _valid4 = _errs125 === errors;
if(_valid4 && valid51){
valid51 = false;
passing4 = [passing4, 1];
}
else {
if(_valid4){
valid51 = true;
passing4 = 1;
}
}
if(!valid51){
const err118 = {instancePath:instancePath+"/versions/" + i14+"/target/min",schemaPath:"common.schema.json#/$defs/percentage/oneOf",keyword:"oneOf",params:{passingSchemas: passing4},message:"must match exactly one schema in oneOf",schema:schema57.oneOf,parentSchema:schema57,data:data41};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
else {
errors = _errs122;
if(vErrors !== null){
if(_errs122){
vErrors.length = _errs122;
}
else {
vErrors = null;
}
}
}
}
if(data40.max !== undefined){
let data42 = data40.max;
const _errs129 = errors;
let valid53 = false;
let passing5 = null;
const _errs130 = errors;
if(typeof data42 === "string"){
if(!pattern20.test(data42)){
const err119 = {instancePath:instancePath+"/versions/" + i14+"/target/max",schemaPath:"common.schema.json#/$defs/percentage/oneOf/0/pattern",keyword:"pattern",params:{pattern: "^\\d+(\\.\\d+)?%$"},message:"must match pattern \""+"^\\d+(\\.\\d+)?%$"+"\"",schema:"^\\d+(\\.\\d+)?%$",parentSchema:schema57.oneOf[0],data:data42};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
else {
const err120 = {instancePath:instancePath+"/versions/" + i14+"/target/max",schemaPath:"common.schema.json#/$defs/percentage/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.oneOf[0].type,parentSchema:schema57.oneOf[0],data:data42};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
var _valid5 = _errs130 === errors;
if(_valid5){
valid53 = true;
passing5 = 0;
}
const _errs132 = errors;
if(!((typeof data42 == "number") && (isFinite(data42)))){
const err121 = {instancePath:instancePath+"/versions/" + i14+"/target/max",schemaPath:"common.schema.json#/$defs/percentage/oneOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema57.oneOf[1].type,parentSchema:schema57.oneOf[1],data:data42};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
var _valid5 = _errs132 === errors;
if(_valid5 && valid53){
valid53 = false;
passing5 = [passing5, 1];
}
else {
if(_valid5){
valid53 = true;
passing5 = 1;
}
}
if(!valid53){
const err122 = {instancePath:instancePath+"/versions/" + i14+"/target/max",schemaPath:"common.schema.json#/$defs/percentage/oneOf",keyword:"oneOf",params:{passingSchemas: passing5},message:"must match exactly one schema in oneOf",schema:schema57.oneOf,parentSchema:schema57,data:data42};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
else {
errors = _errs129;
if(vErrors !== null){
if(_errs129){
vErrors.length = _errs129;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err123 = {instancePath:instancePath+"/versions/" + i14+"/target",schemaPath:"#/properties/versions/items/properties/target/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema116.properties.versions.items.properties.target.type,parentSchema:schema116.properties.versions.items.properties.target,data:data40};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data36.note !== undefined){
let data43 = data36.note;
if(typeof data43 === "string"){
if(func1(data43) > 500){
const err124 = {instancePath:instancePath+"/versions/" + i14+"/note",schemaPath:"#/properties/versions/items/properties/note/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema116.properties.versions.items.properties.note,data:data43};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
else {
const err125 = {instancePath:instancePath+"/versions/" + i14+"/note",schemaPath:"#/properties/versions/items/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema116.properties.versions.items.properties.note.type,parentSchema:schema116.properties.versions.items.properties.note,data:data43};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
}
else {
const err126 = {instancePath:instancePath+"/versions/" + i14,schemaPath:"#/properties/versions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema116.properties.versions.items.type,parentSchema:schema116.properties.versions.items,data:data36};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
}
else {
const err127 = {instancePath:instancePath+"/versions",schemaPath:"#/properties/versions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema116.properties.versions.type,parentSchema:schema116.properties.versions,data:data35};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema116.type,parentSchema:schema116,data};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
});
var validate60 = (function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="team.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema140.required,parentSchema:schema140,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema140.required,parentSchema:schema140,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.name === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema140.required,parentSchema:schema140,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.members === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "members"},message:"must have required property '"+"members"+"'",schema:schema140.required,parentSchema:schema140,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func9.call(schema140.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema140,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("Team" !== data0){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Team"},message:"must be equal to constant",schema:"Team",parentSchema:schema140.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func1(data1) > 64){
const err6 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!pattern4.test(data1)){
const err7 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data1};
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
const err8 = {instancePath:instancePath+"/id",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func1(data2) > 80){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema140.properties.name,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func1(data2) < 2){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 2},message:"must NOT have fewer than 2 characters",schema:2,parentSchema:schema140.properties.name,data:data2};
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
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema140.properties.name.type,parentSchema:schema140.properties.name,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 === "string"){
if(func1(data3) > 1000){
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema140.properties.description,data:data3};
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
const err13 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema140.properties.description.type,parentSchema:schema140.properties.description,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.calendar !== undefined){
let data4 = data.calendar;
if(typeof data4 === "string"){
if(func1(data4) > 64){
const err14 = {instancePath:instancePath+"/calendar",schemaPath:"common.schema.json#/$defs/id/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(!pattern4.test(data4)){
const err15 = {instancePath:instancePath+"/calendar",schemaPath:"common.schema.json#/$defs/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema33,data:data4};
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
const err16 = {instancePath:instancePath+"/calendar",schemaPath:"common.schema.json#/$defs/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.githubTeam !== undefined){
let data5 = data.githubTeam;
if(typeof data5 === "string"){
if(!pattern77.test(data5)){
const err17 = {instancePath:instancePath+"/githubTeam",schemaPath:"#/properties/githubTeam/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$",parentSchema:schema140.properties.githubTeam,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/githubTeam",schemaPath:"#/properties/githubTeam/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema140.properties.githubTeam.type,parentSchema:schema140.properties.githubTeam,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.leads !== undefined){
let data6 = data.leads;
if(Array.isArray(data6)){
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(!pattern78.test(data7)){
const err19 = {instancePath:instancePath+"/leads/" + i0,schemaPath:"common.schema.json#/$defs/githubHandle/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",parentSchema:schema143,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/leads/" + i0,schemaPath:"common.schema.json#/$defs/githubHandle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema143.type,parentSchema:schema143,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
let i1 = data6.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data6[i1], data6[j0])){
const err21 = {instancePath:instancePath+"/leads",schemaPath:"#/properties/leads/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema140.properties.leads,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/leads",schemaPath:"#/properties/leads/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema140.properties.leads.type,parentSchema:schema140.properties.leads,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.names !== undefined){
let data8 = data.names;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key1 in data8){
const _errs22 = errors;
if(typeof key1 === "string"){
if(!pattern78.test(key1)){
const err23 = {instancePath:instancePath+"/names",schemaPath:"common.schema.json#/$defs/githubHandle/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",parentSchema:schema143,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/names",schemaPath:"common.schema.json#/$defs/githubHandle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema143.type,parentSchema:schema143,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var valid7 = _errs22 === errors;
if(!valid7){
const err25 = {instancePath:instancePath+"/names",schemaPath:"#/properties/names/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema140.properties.names.propertyNames,parentSchema:schema140.properties.names,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
for(const key2 in data8){
let data9 = data8[key2];
if(typeof data9 === "string"){
if(func1(data9) > 80){
const err26 = {instancePath:instancePath+"/names/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/names/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters",schema:80,parentSchema:schema140.properties.names.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(func1(data9) < 1){
const err27 = {instancePath:instancePath+"/names/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/names/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema140.properties.names.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/names/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/names/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema140.properties.names.additionalProperties.type,parentSchema:schema140.properties.names.additionalProperties,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/names",schemaPath:"#/properties/names/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema140.properties.names.type,parentSchema:schema140.properties.names,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.members !== undefined){
let data10 = data.members;
if(Array.isArray(data10)){
if(data10.length < 1){
const err30 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema140.properties.members,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const len1 = data10.length;
for(let i2=0; i2<len1; i2++){
let data11 = data10[i2];
const _errs31 = errors;
let valid12 = false;
let passing0 = null;
const _errs32 = errors;
if(typeof data11 === "string"){
if(!pattern78.test(data11)){
const err31 = {instancePath:instancePath+"/members/" + i2,schemaPath:"common.schema.json#/$defs/githubHandle/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",parentSchema:schema143,data:data11};
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
const err32 = {instancePath:instancePath+"/members/" + i2,schemaPath:"common.schema.json#/$defs/githubHandle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema143.type,parentSchema:schema143,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
var _valid0 = _errs32 === errors;
if(_valid0){
valid12 = true;
passing0 = 0;
}
const _errs35 = errors;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(Object.keys(data11).length < 1){
const err33 = {instancePath:instancePath+"/members/" + i2,schemaPath:"#/properties/members/items/oneOf/1/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema140.properties.members.items.oneOf[1],data:data11};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key3 in data11){
if(!(((key3 === "github") || (key3 === "email")) || (key3 === "staffId"))){
const err34 = {instancePath:instancePath+"/members/" + i2,schemaPath:"#/properties/members/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema140.properties.members.items.oneOf[1],data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data11.github !== undefined){
let data12 = data11.github;
if(typeof data12 === "string"){
if(!pattern78.test(data12)){
const err35 = {instancePath:instancePath+"/members/" + i2+"/github",schemaPath:"common.schema.json#/$defs/githubHandle/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},message:"must match pattern \""+"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"+"\"",schema:"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$",parentSchema:schema143,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/members/" + i2+"/github",schemaPath:"common.schema.json#/$defs/githubHandle/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema143.type,parentSchema:schema143,data:data12};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data11.email !== undefined){
let data13 = data11.email;
if(typeof data13 === "string"){
if(func1(data13) > 254){
const err37 = {instancePath:instancePath+"/members/" + i2+"/email",schemaPath:"#/properties/members/items/oneOf/1/properties/email/maxLength",keyword:"maxLength",params:{limit: 254},message:"must NOT have more than 254 characters",schema:254,parentSchema:schema140.properties.members.items.oneOf[1].properties.email,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(!(formats40.test(data13))){
const err38 = {instancePath:instancePath+"/members/" + i2+"/email",schemaPath:"#/properties/members/items/oneOf/1/properties/email/format",keyword:"format",params:{format: "email"},message:"must match format \""+"email"+"\"",schema:"email",parentSchema:schema140.properties.members.items.oneOf[1].properties.email,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/members/" + i2+"/email",schemaPath:"#/properties/members/items/oneOf/1/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema140.properties.members.items.oneOf[1].properties.email.type,parentSchema:schema140.properties.members.items.oneOf[1].properties.email,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.staffId !== undefined){
let data14 = data11.staffId;
if(typeof data14 === "string"){
if(!pattern82.test(data14)){
const err40 = {instancePath:instancePath+"/members/" + i2+"/staffId",schemaPath:"#/properties/members/items/oneOf/1/properties/staffId/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._-]{1,40}$"},message:"must match pattern \""+"^[A-Za-z0-9._-]{1,40}$"+"\"",schema:"^[A-Za-z0-9._-]{1,40}$",parentSchema:schema140.properties.members.items.oneOf[1].properties.staffId,data:data14};
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
const err41 = {instancePath:instancePath+"/members/" + i2+"/staffId",schemaPath:"#/properties/members/items/oneOf/1/properties/staffId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema140.properties.members.items.oneOf[1].properties.staffId.type,parentSchema:schema140.properties.members.items.oneOf[1].properties.staffId,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/members/" + i2,schemaPath:"#/properties/members/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema140.properties.members.items.oneOf[1].type,parentSchema:schema140.properties.members.items.oneOf[1],data:data11};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid0 = _errs35 === errors;
if(_valid0 && valid12){
valid12 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid12 = true;
passing0 = 1;
}
}
if(!valid12){
const err43 = {instancePath:instancePath+"/members/" + i2,schemaPath:"#/properties/members/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema140.properties.members.items.oneOf,parentSchema:schema140.properties.members.items,data:data11};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
}
}
let i3 = data10.length;
let j1;
if(i3 > 1){
outer1:
for(;i3--;){
for(j1 = i3; j1--;){
if(func0(data10[i3], data10[j1])){
const err44 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)",schema:true,parentSchema:schema140.properties.members,data:data10};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err45 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema140.properties.members.type,parentSchema:schema140.properties.members,data:data10};
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
const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema140.type,parentSchema:schema140,data};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
});
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"calendar.schema.json","title":"Calendar","description":"Business hours in one IANA time zone: weekly open intervals and holidays. Standards that name a calendar measure durations in its open time only. A change applies from the day it is committed (or its `effective` date), so it never repaints published figures unless it says `appliesFrom`.","type":"object","additionalProperties":false,"required":["kind","id","name","timezone","hours"],"$defs":{"interval":{"type":"string","pattern":"^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$","description":"Open interval `HH:MM-HH:MM` in local time, e.g. `09:00-17:30`. An end before the start runs past midnight (`22:00-06:00`); `00:00-24:00` is the whole day.","examples":["09:00-17:30","22:00-06:00","00:00-24:00"]},"day":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/interval"},"description":"Open intervals that start on this weekday. An empty list or an omitted day means closed."},"holiday":{"type":"object","additionalProperties":false,"required":["date","name"],"properties":{"date":{"$ref":"common.schema.json#/$defs/date","description":"The holiday's date, YYYY-MM-DD, in the calendar's time zone."},"name":{"type":"string","minLength":1,"maxLength":80,"description":"Name shown on the site, e.g. `Christmas Day`."},"open":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/interval"},"description":"Partial-day holiday: the reduced open hours for that day, e.g. `[09:00-13:00]`. Omitted: closed all day."}}}},"properties":{"kind":{"const":"Calendar","description":"Always `Calendar`."},"id":{"$ref":"common.schema.json#/$defs/id","description":"Kebab-case id, equal to the file name, e.g. `emea-business-hours`."},"name":{"type":"string","minLength":2,"maxLength":80,"description":"Display name."},"timezone":{"type":"string","minLength":1,"description":"IANA time zone, e.g. `Europe/Dublin` or `America/Chicago`. Daylight-saving changes are applied.","examples":["Europe/Dublin","America/Chicago"]},"hours":{"type":"object","additionalProperties":false,"minProperties":1,"description":"Weekly business hours: for each weekday, the list of open intervals that start on it.","properties":{"monday":{"$ref":"#/$defs/day","description":"Open intervals starting on Monday."},"tuesday":{"$ref":"#/$defs/day","description":"Open intervals starting on Tuesday."},"wednesday":{"$ref":"#/$defs/day","description":"Open intervals starting on Wednesday."},"thursday":{"$ref":"#/$defs/day","description":"Open intervals starting on Thursday."},"friday":{"$ref":"#/$defs/day","description":"Open intervals starting on Friday."},"saturday":{"$ref":"#/$defs/day","description":"Open intervals starting on Saturday."},"sunday":{"$ref":"#/$defs/day","description":"Open intervals starting on Sunday."}}},"holidays":{"type":"array","items":{"$ref":"#/$defs/holiday"},"description":"Days closed (or on reduced hours) in the calendar's time zone. Default: none."},"effective":{"$ref":"common.schema.json#/$defs/date","description":"The first day (in the calendar's time zone) this version of the calendar applies, for a change that starts later, e.g. new opening hours from 2027-01-04. A calendar has versions like a Standard: each committed change applies from this date, and never before the day it is committed, so it never changes figures already published. Default: the day the change is committed.","examples":["2027-01-04"]},"appliesFrom":{"$ref":"common.schema.json#/$defs/date","description":"Corrects the past: the change made with this value applies from this date, before the day it is committed, e.g. a holiday that was forgotten. Figures already published for the days from this date change (the pull-request review lists them). Only the commit that sets or changes `appliesFrom` reaches back; later changes apply from their own commit day. Do not combine with `effective`.","examples":["2026-11-02"]}}};
const schema33 = {"title":"Id","description":"Kebab-case identifier, unique within its kind and equal to the file name without .yaml, e.g. `first-response-urgent`.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"examples":["first-response-urgent"]};
const schema37 = {"title":"Date","description":"A calendar date written YYYY-MM-DD, e.g. `2026-01-01`.","type":"string","format":"date","examples":["2026-01-01"]};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const schema34 = {"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/interval"},"description":"Open intervals that start on this weekday. An empty list or an omitted day means closed."};
const schema35 = {"type":"string","pattern":"^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$","description":"Open interval `HH:MM-HH:MM` in local time, e.g. `09:00-17:30`. An end before the start runs past midnight (`22:00-06:00`); `00:00-24:00` is the whole day.","examples":["09:00-17:30","22:00-06:00","00:00-24:00"]};
const pattern5 = new RegExp("^([01]\\d|2[0-3]):[0-5]\\d-(([01]\\d|2[0-3]):[0-5]\\d|24:00)$", "u");
const func0 = require("ajv/dist/runtime/equal").default;

validate22.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema36 = {"type":"object","additionalProperties":false,"required":["date","name"],"properties":{"date":{"$ref":"common.schema.json#/$defs/date","description":"The holiday's date, YYYY-MM-DD, in the calendar's time zone."},"name":{"type":"string","minLength":1,"maxLength":80,"description":"Name shown on the site, e.g. `Christmas Day`."},"open":{"type":"array","uniqueItems":true,"items":{"$ref":"#/$defs/interval"},"description":"Partial-day holiday: the reduced open hours for that day, e.g. `[09:00-13:00]`. Omitted: closed all day."}}};
const formats0 = require("ajv-formats/dist/formats").fullFormats.date;

validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema32 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"common.schema.json","title":"Shared definitions","description":"Value formats shared by every document kind: ids, durations, periods, percentages, dates and review cadences. Durations and percentages are parsed in one place (scripts/model/values.ts).","$defs":{"id":{"title":"Id","description":"Kebab-case identifier, unique within its kind and equal to the file name without .yaml, e.g. `first-response-urgent`.","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":64,"examples":["first-response-urgent"]},"kind":{"title":"Document kind","description":"What this document is. One of Pipeline, Team, Calendar, Standard, SOP, Policy, Scorecard.","type":"string","enum":["Pipeline","Team","Calendar","Standard","SOP","Policy","Scorecard"]},"duration":{"title":"Duration","description":"A length of time written as whole days, hours and minutes in that order: `45m`, `4h`, `1h30m`, `2d`, `1d4h`. Business time when the standard names a calendar, wall-clock time otherwise.","type":"string","pattern":"^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?$","examples":["45m","4h","1h30m","2d"]},"period":{"title":"Period","description":"A calendar period for review cadences: days (`90d`), weeks (`6w`), months (`6mo`) or years (`1y`).","type":"string","pattern":"^[1-9]\\d*(d|w|mo|y)$","examples":["6mo","1y","90d"]},"percentage":{"title":"Percentage","description":"A share written as `95%` or `99.5%`, or as a number on the 0–100 scale (`95` is 95%). Must lie between 0% and 100%.","oneOf":[{"type":"string","pattern":"^\\d+(\\.\\d+)?%$"},{"type":"number"}],"examples":["95%","99.5%",90]},"date":{"title":"Date","description":"A calendar date written YYYY-MM-DD, e.g. `2026-01-01`.","type":"string","format":"date","examples":["2026-01-01"]},"githubHandle":{"title":"GitHub handle","description":"A GitHub user name without the @, e.g. `ana-lopez`.","type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"},"markdown":{"title":"Markdown","description":"CommonMark text (GitHub-flavoured tables and lists allowed). Raw HTML, scripts and javascript: links are removed when published.","type":"string","maxLength":20000},"review":{"title":"Review cadence","description":"How often the document must be reviewed and when it last was. The next review is due at `last` + `every`; a due date in the past is a warning (an error with `validate --strict`).","type":"object","additionalProperties":false,"required":["every","last"],"properties":{"every":{"$ref":"#/$defs/period","description":"Review cadence, e.g. `6mo`."},"last":{"$ref":"#/$defs/date","description":"Date of the last review, YYYY-MM-DD."}}},"priority":{"title":"Priority","description":"Ticket priority: low, normal, high or urgent.","type":"string","enum":["low","normal","high","urgent"]},"channel":{"title":"Channel","description":"Where the ticket came in: email, web (form), chat, phone, social or api.","type":"string","enum":["email","web","chat","phone","social","api"]},"ticketStatus":{"title":"Ticket status","description":"Normalized ticket status: new, open, pending (waiting on the requester), on-hold (waiting on a third party), solved or closed.","type":"string","enum":["new","open","pending","on-hold","solved","closed"]}}};

validate21.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema41 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"pipeline.schema.json","title":"Pipeline","description":"How the nightly pipeline runs: the helpdesk source, the store, evaluation defaults, exclusion periods and site settings. Lives in standards/pipeline.yaml.","type":"object","additionalProperties":false,"required":["kind","id","organisation"],"$defs":{"csvColumns":{"type":"object","additionalProperties":false,"required":["id","created","priority","status"],"description":"Which CSV column (by header name) holds each ticket field. Required: id, created, priority, status.","properties":{"id":{"type":"string","description":"Ticket id column."},"created":{"type":"string","description":"Creation timestamp column."},"updated":{"type":"string","description":"Last-update timestamp column. Default: the latest timestamp in the row."},"priority":{"type":"string","description":"Priority column (values mapped with `values.priority`)."},"channel":{"type":"string","description":"Channel column (values mapped with `values.channel`)."},"status":{"type":"string","description":"Status column (values mapped with `values.status`)."},"team":{"type":"string","description":"Assigned team/group column (values mapped with `values.team`)."},"category":{"type":"string","description":"Category/type column."},"tags":{"type":"string","description":"Tags column; tags separated by spaces or commas."},"firstReplyAt":{"type":"string","description":"Timestamp of the first public agent reply."},"solvedAt":{"type":"string","description":"Timestamp the ticket was (last) solved."},"reopens":{"type":"string","description":"Number of times the ticket was reopened."},"agentReplies":{"type":"string","description":"Number of public agent replies."},"satisfaction":{"type":"string","description":"Satisfaction rating: good/bad or 1–5."},"nps":{"type":"string","description":"NPS answer 0–10."}}},"valueMap":{"type":"object","additionalProperties":{"type":"string"},"description":"Maps the helpdesk's values to ours, e.g. `{ P1: urgent, P2: high }`. Values not listed are used as they are."},"priorityMap":{"type":"object","additionalProperties":{"$ref":"common.schema.json#/$defs/priority"},"description":"Helpdesk priority value → our priority (low, normal, high, urgent). Listed values replace the defaults of the same key; values not listed and not already ours reject the ticket with a reason."},"channelMap":{"type":"object","additionalProperties":{"$ref":"common.schema.json#/$defs/channel"},"description":"Helpdesk channel value → our channel (email, web, chat, phone, social, api). Listed values replace the defaults of the same key; an unmapped channel rejects the ticket with a reason."},"statusMap":{"type":"object","additionalProperties":{"$ref":"common.schema.json#/$defs/ticketStatus"},"description":"Helpdesk status value → our status (new, open, pending, on-hold, solved, closed). Map custom statuses here, pending-like ones to `pending` or `on-hold` so requester wait time pauses; an unmapped status rejects the ticket with a reason."},"teamMap":{"type":"object","additionalProperties":{"$ref":"common.schema.json#/$defs/id"},"description":"Helpdesk group → Team id. Groups not listed leave the ticket without a team."},"categoryMapping":{"description":"Where a helpdesk keeps the ticket's category: `type`, a custom field, or tags.","oneOf":[{"type":"string","enum":["type"]},{"type":"object","additionalProperties":false,"required":["field"],"properties":{"field":{"anyOf":[{"type":"integer","minimum":1},{"type":"string","minLength":1,"maxLength":120}],"description":"The custom field: its id (Zendesk, e.g. `360000000001`) or its name in `custom_fields` (Freshdesk, e.g. `cf_category`)."},"values":{"type":"object","additionalProperties":{"type":"string","minLength":1,"maxLength":120},"description":"Field value → category. Without it the value is the category; with it, a value not listed leaves the ticket out with the setting to add it to."}}},{"type":"object","additionalProperties":false,"required":["tags"],"properties":{"tags":{"type":"object","minProperties":1,"additionalProperties":{"type":"string","minLength":1,"maxLength":120},"description":"Tag → category, in order: the first listed tag the ticket carries gives its category; a ticket with none has no category."}}}]},"teamMapping":{"description":"Where a helpdesk keeps the ticket's team: `group`, or a custom field whose value is mapped with `values.team`.","oneOf":[{"type":"string","enum":["group"]},{"type":"object","additionalProperties":false,"required":["field"],"properties":{"field":{"anyOf":[{"type":"integer","minimum":1},{"type":"string","minLength":1,"maxLength":120}],"description":"The custom field: its id (Zendesk) or its name in `custom_fields` (Freshdesk)."}}}]},"qaCsv":{"type":"object","additionalProperties":false,"required":["path","timezone","columns"],"description":"A CSV export of QA reviews (a QA tool or a spreadsheet): one row per review, one column per behaviour. Every night the file is read again when it changed; its reviews are added to the store or replace the stored review with the same key, and reviews no longer in the file stay (an export may cover only recent weeks).","properties":{"path":{"type":"string","minLength":1,"description":"Path of the CSV file, relative to the repository root, e.g. `exports/qa-reviews.csv`."},"timezone":{"type":"string","minLength":1,"description":"IANA time zone of timestamps that carry no offset, e.g. `Europe/Dublin`."},"delimiter":{"type":"string","minLength":1,"maxLength":1,"pattern":"^[^\\r\\n\"]$","description":"Field delimiter: one character that is not a line break or a double quote (those end a record or quote a field); a control character such as `\\u001f` is fine. Default: `,`."},"skipBadRows":{"type":"boolean","description":"Skip (and report) rows that cannot be read instead of failing the import. Default: false: one bad row and nothing of the file is imported."},"scorecard":{"$ref":"common.schema.json#/$defs/id","description":"Id of the Scorecard every review uses, when the export has no scorecard column."},"maxScore":{"type":"number","exclusiveMinimum":0,"maximum":1000,"description":"The top of the scale when a behaviour is scored with a number rather than pass, fail or na: a score s counts as s / maxScore of the behaviour's weight, and passes at the scorecard's pass mark. `80%` is always read as a percentage. Default: 100."},"columns":{"type":"object","additionalProperties":false,"required":["ticket","reviewedAt","reviewer","agent"],"description":"Which CSV column (by header name) holds each field of a review. Other columns are behaviours' marks (see `behaviours`), free text such as a comment (ignored), or listed in `ignoreColumns`.","properties":{"id":{"type":"string","description":"The review's own id in the QA tool. Without it a review is known by its ticket, reviewer, scorecard and time."},"ticket":{"type":"string","description":"Id of the reviewed ticket, as the helpdesk gives it."},"reviewedAt":{"type":"string","description":"When the review was made."},"reviewer":{"type":"string","description":"Who reviewed: a GitHub handle, e-mail or staff id of a Team document's member (others are kept under a pseudonym, never as written)."},"agent":{"type":"string","description":"Whose work was reviewed: a GitHub handle, e-mail or staff id of a Team document's member."},"scorecard":{"type":"string","description":"The Scorecard id (or a name mapped with `values.scorecard`). Default: the `scorecard` setting."}}},"behaviours":{"type":"object","propertyNames":{"$ref":"common.schema.json#/$defs/id"},"additionalProperties":{"type":"string","minLength":1},"description":"Behaviour id → the column that holds its mark, e.g. `{ listen-actively: Listening }`. A behaviour not listed is read from the column named as its id or its title.","examples":[{"listen-actively":"Listening","take-ownership":"Ownership"}]},"ignoreColumns":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Columns (by header name) that hold marks or scores of no behaviour and are not read, e.g. `[Total score, CSAT]`. A column whose values all read as marks (pass, fail, na, a score) and that is neither a field, a behaviour's column nor listed here stops the import, so that no behaviour's marks are dropped unseen; a column of free text (a comment) needs no listing.","examples":[["Total score","CSAT"]]},"values":{"type":"object","additionalProperties":false,"description":"Value mappings.","properties":{"scorecard":{"type":"object","additionalProperties":{"$ref":"common.schema.json#/$defs/id"},"description":"Scorecard name in the export → Scorecard id."},"result":{"type":"object","additionalProperties":{"type":"string","enum":["pass","fail","na"]},"description":"A behaviour's mark in the export → pass, fail or na, e.g. `{ Met: pass, \"Not met\": fail }`. Always understood: pass, fail, na, n/a, yes, no (any case)."}}}}},"acknowledgementsCsv":{"type":"object","additionalProperties":false,"required":["path","timezone","columns"],"description":"A CSV export of SOP acknowledgements made outside GitHub (a learning platform, a form): one row per person and SOP version.","properties":{"path":{"type":"string","minLength":1,"description":"Path of the CSV file, relative to the repository root, e.g. `exports/sop-acknowledgements.csv`."},"timezone":{"type":"string","minLength":1,"description":"IANA time zone of timestamps that carry no offset."},"delimiter":{"type":"string","minLength":1,"maxLength":1,"pattern":"^[^\\r\\n\"]$","description":"Field delimiter: one character that is not a line break or a double quote (those end a record or quote a field); a control character such as `\\u001f` is fine. Default: `,`."},"skipBadRows":{"type":"boolean","description":"Skip (and report) rows that cannot be read instead of failing the import. Default: false."},"columns":{"type":"object","additionalProperties":false,"required":["sop","version","person","at"],"description":"Which CSV column holds each field.","properties":{"sop":{"type":"string","description":"The SOP id (or a name mapped with `values.sop`)."},"version":{"type":"string","description":"The SOP version acknowledged, a whole number."},"person":{"type":"string","description":"Who acknowledged: a GitHub handle, e-mail or staff id of a Team document's member."},"at":{"type":"string","description":"When they acknowledged."}}},"values":{"type":"object","additionalProperties":false,"description":"Value mappings.","properties":{"sop":{"type":"object","additionalProperties":{"$ref":"common.schema.json#/$defs/id"},"description":"SOP name in the export → SOP id."}}}}},"helpdeskValues":{"type":"object","additionalProperties":false,"description":"How the helpdesk's values map to ours, per field. Each source has defaults that fit its helpdesk out of the box; entries here are added to them.","properties":{"priority":{"$ref":"#/$defs/priorityMap"},"channel":{"$ref":"#/$defs/channelMap"},"status":{"$ref":"#/$defs/statusMap"},"team":{"$ref":"#/$defs/teamMap"}}}},"properties":{"kind":{"const":"Pipeline","description":"Always `Pipeline`."},"id":{"$ref":"common.schema.json#/$defs/id","description":"Always `pipeline` (the file name)."},"organisation":{"type":"string","minLength":2,"maxLength":120,"description":"Organisation name shown on the site."},"owner":{"$ref":"common.schema.json#/$defs/id","description":"Id of the Team that owns the platform: schemas, scripts, workflows, Team and Calendar documents and this file. `standards codeowners` makes it their code owner. Default: none (those files get no code owner)."},"source":{"type":"object","additionalProperties":false,"required":["type"],"description":"Where tickets come from: the bundled sample helpdesk (default), a CSV export, Zendesk, Freshdesk or GitHub Issues. Credentials are never written here: each source names the environment variables that hold them.","properties":{"type":{"type":"string","enum":["sample","csv","zendesk","freshdesk","github-issues"],"description":"sample (generated, deterministic), csv (a helpdesk export), zendesk, freshdesk or github-issues (read through their APIs, incrementally)."},"sample":{"type":"object","additionalProperties":false,"description":"Settings of the sample helpdesk.","properties":{"tickets":{"type":"integer","minimum":0,"maximum":20000000,"description":"How many tickets to generate. Default: 20000."},"days":{"type":"integer","minimum":1,"maximum":3650,"description":"How many days of history, ending now. Default: 180."},"seed":{"type":"integer","description":"Random seed; the same seed and now give the same tickets. Default: 42."}}},"csv":{"type":"object","additionalProperties":false,"required":["path","timezone","columns"],"description":"Settings of the CSV import.","properties":{"path":{"type":"string","minLength":1,"description":"Path of the CSV file, relative to the repository root."},"timezone":{"type":"string","minLength":1,"description":"IANA time zone of timestamps that carry no offset, e.g. `Europe/Dublin`."},"delimiter":{"type":"string","minLength":1,"maxLength":1,"pattern":"^[^\\r\\n\"]$","description":"Field delimiter: one character that is not a line break or a double quote (those end a record or quote a field); a control character such as `\\u001f` is fine. Default: `,`."},"encoding":{"enum":["utf-8","windows-1252","latin1"],"description":"The file's character encoding. `utf-8` (the default; a byte-order mark is fine, and so is UTF-16 with one); `windows-1252`, what Excel's plain \"CSV (Comma delimited)\" writes on Windows (é, €, curly quotes); `latin1` reads as `windows-1252`, as browsers read it. A file that starts with a UTF-8 or UTF-16 byte-order mark is read as that, whatever this says. Default: `utf-8`."},"skipBadRows":{"type":"boolean","description":"Skip (and report) rows that cannot be read instead of failing the import. Default: false."},"columns":{"$ref":"#/$defs/csvColumns"},"values":{"type":"object","additionalProperties":false,"description":"Value mappings per field.","properties":{"priority":{"$ref":"#/$defs/valueMap"},"channel":{"$ref":"#/$defs/valueMap"},"status":{"$ref":"#/$defs/valueMap"},"team":{"$ref":"#/$defs/valueMap"}}}}},"qa":{"type":"object","additionalProperties":false,"required":["csv"],"description":"QA reviews, imported beside the tickets whatever the ticket source (README \"Quality reviews\").","properties":{"csv":{"$ref":"#/$defs/qaCsv"}}},"acknowledgements":{"type":"object","additionalProperties":false,"required":["csv"],"description":"SOP acknowledgements made outside GitHub, imported beside the 👍 reactions the nightly job reads (README \"SOP acknowledgement\").","properties":{"csv":{"$ref":"#/$defs/acknowledgementsCsv"}}},"zendesk":{"type":"object","additionalProperties":false,"required":["subdomain"],"description":"Settings of the Zendesk source: the incremental ticket export (cursor-based) for each changed ticket's fields, the incremental ticket event export for its replies, status changes and satisfaction (applied to the stored tickets), and the agents list for who is staff. A ticket's audits are read only to repair a ticket older than the store.","properties":{"subdomain":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","description":"Your Zendesk subdomain: `acme` for acme.zendesk.com."},"baseUrl":{"type":"string","format":"uri","pattern":"^https?://[^/]+/?$","description":"API origin, for a proxy or a local fake. Default: `https://<subdomain>.zendesk.com`."},"emailEnv":{"type":"string","pattern":"^[A-Z_][A-Z0-9_]*$","description":"Name of the environment variable holding the e-mail address of the Zendesk user the API token belongs to (never the value itself). Default: `ZENDESK_EMAIL`."},"tokenEnv":{"type":"string","pattern":"^[A-Z_][A-Z0-9_]*$","description":"Name of the environment variable holding the Zendesk API token (never the value itself). Default: `ZENDESK_API_TOKEN`."},"startDate":{"$ref":"common.schema.json#/$defs/date","description":"The first fetch (no cursor yet) reads tickets updated since this date. Default: 365 days before the first run. `standards fetch --since` overrides it for a backfill."},"defaultPriority":{"$ref":"common.schema.json#/$defs/priority","description":"Priority of tickets that have none in Zendesk. Default: `normal`."},"concurrency":{"type":"integer","minimum":1,"maximum":16,"description":"How many ticket audits (the repair path for tickets older than the store) are read at once. Default: 4."},"maxShare":{"$ref":"common.schema.json#/$defs/percentage","description":"The share of the account's API rate limit (read from Zendesk's `X-Rate-Limit` and `ratelimit-*` headers; Team 200, Growth and Professional 400, Enterprise 700 a minute) the fetch may use, so agents and other integrations never get a 429 because of it: the fetch spends at most this share a minute and waits while the account has less than the rest left. Default: 50%."},"highVolume":{"type":"boolean","description":"The account has the High Volume API add-on: the incremental exports allow 30 requests a minute instead of 10. Default: false."},"category":{"$ref":"#/$defs/categoryMapping","description":"Where the account keeps the ticket's category: `type` (question, incident, problem, task; the default), a custom field (`{ field: 360000000001 }`, its value as the category, or mapped with `values`), or tags (`{ tags: { billing: billing, returns: returns } }`: the first listed tag on the ticket gives its category)."},"team":{"$ref":"#/$defs/teamMapping","description":"Where the account keeps the ticket's team: `group` (the ticket's group id, mapped with `values.team`; the default) or a custom field (`{ field: 360000000002 }`, its value mapped with `values.team`)."},"tieOut":{"type":"boolean","description":"Also read Zendesk's own ticket metrics (the `metric_sets` sideload of the ticket export, no extra requests) and compare our first reply and full resolution times with them, ticket by ticket, in the report and on the site. Default: false."},"values":{"$ref":"#/$defs/helpdeskValues","description":"Maps Zendesk values to ours. Defaults: statuses new, open, pending, hold → on-hold, solved, closed; priorities as they are; channels (`via.channel`) email, web, web_form, web_widget, helpcenter → web, chat, native_messaging → chat, voice, sms → phone, api, web_service, mobile_sdk → api, twitter, facebook, instagram_dm, whatsapp, line, wechat, telegram, viber, any_channel (integrations) → social (tickets made by agents, triggers or Zendesk: mobile, rule, system, closed_ticket, side_conversation, sample_ticket are rejected until mapped); teams by group id (`\"360001234\": support-emea`)."}}},"freshdesk":{"type":"object","additionalProperties":false,"required":["domain"],"description":"Settings of the Freshdesk source: tickets by `updated_since` in ascending order with stats, paged by time; each changed ticket's conversations; deleted and spam tickets (`filter=deleted`, `filter=spam`) removed from the store; satisfaction ratings by their own cursor, applied to the stored tickets.","properties":{"domain":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$","description":"Your Freshdesk domain: `acme` for acme.freshdesk.com."},"baseUrl":{"type":"string","format":"uri","pattern":"^https?://[^/]+/?$","description":"API origin, for a proxy or a local fake. Default: `https://<domain>.freshdesk.com`."},"tokenEnv":{"type":"string","pattern":"^[A-Z_][A-Z0-9_]*$","description":"Name of the environment variable holding the Freshdesk API key (never the value itself). Default: `FRESHDESK_API_KEY`."},"startDate":{"$ref":"common.schema.json#/$defs/date","description":"The first fetch (no cursor yet) reads tickets updated since this date. Default: 365 days before the first run. `standards fetch --since` overrides it for a backfill."},"pageCap":{"type":"integer","minimum":1,"maximum":10000,"description":"The last page Freshdesk serves for one query. The source asks for each next page from the last `updated_at` it stored, so it needs more than one page of a query only when more than 100 tickets share one `updated_at`, and stops past this many. Satisfaction ratings past this many pages are read on from the newest `created_at` read when Freshdesk listed them oldest first; otherwise the fetch stops. Default: 300."},"concurrency":{"type":"integer","minimum":1,"maximum":16,"description":"How many tickets' conversations are read at once. Default: 4."},"maxShare":{"$ref":"common.schema.json#/$defs/percentage","description":"The share of the account's API rate limit (read from Freshdesk's `X-Ratelimit-Total` and `X-Ratelimit-Remaining` headers, counting the credits `X-Ratelimit-Used-CurrentRequest` says each request used) the fetch may use, so agents and other integrations never get a 429 because of it. Default: 50%."},"category":{"$ref":"#/$defs/categoryMapping","description":"Where the account keeps the ticket's category: `type` (the ticket type; the default), a custom field (`{ field: cf_category }`, by its name in `custom_fields`, its value as the category or mapped with `values`), or tags (`{ tags: { billing: billing } }`)."},"team":{"$ref":"#/$defs/teamMapping","description":"Where the account keeps the ticket's team: `group` (the group id, mapped with `values.team`; the default) or a custom field (`{ field: cf_team }`, its value mapped with `values.team`)."},"values":{"$ref":"#/$defs/helpdeskValues","description":"Maps Freshdesk values (as text) to ours. Defaults: statuses 2 open, 3 pending, 4 resolved → solved, 5 closed → closed; priorities 1 low, 2 medium → normal, 3 high, 4 urgent; sources 1 email, 2 portal → web, 3 phone, 7 chat, 9 feedback widget → web, 10 outbound email → email; teams by group id."}}},"githubIssues":{"type":"object","additionalProperties":false,"required":["repositories"],"description":"Settings of the GitHub Issues source: issues of support repositories by `since`, paged by time, with the repository's comments (by `since`) and issue events (close, reopen, label) read repository-wide and applied to the stored tickets. Pull requests are left out.","properties":{"repositories":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","pattern":"^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$"},"description":"Repositories as `owner/name`, e.g. `acme/help`."},"baseUrl":{"type":"string","format":"uri","pattern":"^https?://","description":"REST endpoint. Default: `https://api.github.com` (GitHub Enterprise Server: `https://HOST/api/v3`)."},"tokenEnv":{"type":"string","pattern":"^[A-Z_][A-Z0-9_]*$","description":"Name of the environment variable holding a token that can read the repositories' issues (never the value itself). Default: `GITHUB_TOKEN`."},"startDate":{"$ref":"common.schema.json#/$defs/date","description":"The first fetch (no cursor yet) reads tickets updated since this date. Default: 365 days before the first run. `standards fetch --since` overrides it for a backfill."},"agents":{"type":"object","additionalProperties":false,"description":"Who counts as staff (their comments are agent replies; an issue they open is opened by an agent).","properties":{"teamMembers":{"type":"boolean","description":"Leads and members of the Team documents are agents. Default: true."},"authorAssociations":{"type":"array","uniqueItems":true,"items":{"type":"string","enum":["OWNER","MEMBER","COLLABORATOR","CONTRIBUTOR","FIRST_TIME_CONTRIBUTOR","FIRST_TIMER","MANNEQUIN","NONE"]},"description":"Authors with one of these `author_association` values are agents too. Default: `[OWNER, MEMBER]`."}}},"labels":{"type":"object","additionalProperties":false,"description":"What labels mean. Label names are compared case-insensitively.","properties":{"priority":{"type":"object","additionalProperties":{"$ref":"common.schema.json#/$defs/priority"},"description":"Label → priority. Default: `priority: urgent`, `priority: high`, `priority: low`, `P1` urgent, `P2` high, `P3` normal, `P4` low."},"team":{"type":"object","additionalProperties":{"$ref":"common.schema.json#/$defs/id"},"description":"Label → Team id, e.g. `area: billing`: billing. Default: none."},"category":{"type":"object","additionalProperties":{"type":"string","minLength":1,"maxLength":120},"description":"Label → category, e.g. `bug`: bug. Default: `bug`, `question`, `feature request` as themselves."},"pending":{"type":"array","uniqueItems":true,"items":{"type":"string"},"description":"Labels that mean \"waiting on the requester\": the issue is pending while one is on. Default: `waiting for customer`, `needs more info`."},"onHold":{"type":"array","uniqueItems":true,"items":{"type":"string"},"description":"Labels that mean \"waiting on a third party\": the issue is on-hold while one is on. Default: `on hold`, `blocked`."}}},"defaultPriority":{"$ref":"common.schema.json#/$defs/priority","description":"Priority of issues without a priority label. Default: `normal`."},"channel":{"$ref":"common.schema.json#/$defs/channel","description":"Channel of every issue. Default: `web`."},"concurrency":{"type":"integer","minimum":1,"maximum":8,"description":"How many issues' comments and events are read at once when an issue older than the store is read whole. Default: 2."},"maxShare":{"$ref":"common.schema.json#/$defs/percentage","description":"The share of the token's hourly rate limit the fetch may use: it pauses until the limit resets while `x-ratelimit-remaining` is at or below the rest, which stays for the token's other uses. Default: 50%."}}}}},"store":{"type":"object","additionalProperties":false,"description":"Where normalized tickets, the cursor and the report are kept.","properties":{"dir":{"type":"string","minLength":1,"description":"Directory relative to the repository root. Default: `data`."}}},"evaluation":{"type":"object","additionalProperties":false,"description":"Defaults for evaluating standards.","properties":{"minimumSample":{"type":"integer","minimum":1,"description":"Fewest in-window tickets before a standard gets a status. Default: 20."},"atRiskBudget":{"$ref":"common.schema.json#/$defs/percentage","description":"A met standard with less error budget left than this is `at risk`. Default: 25%."},"seriesDays":{"type":"integer","minimum":1,"maximum":3650,"description":"How many days of daily series the report keeps. Default: 90."},"worstTickets":{"type":"integer","minimum":0,"maximum":100,"description":"How many worst tickets per standard the report lists. Default: 10."}}},"exclusions":{"type":"array","description":"Periods whose tickets are left out of evaluation (an outage, a migration), with a reason the site shows.","items":{"type":"object","additionalProperties":false,"required":["id","from","to","reason"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id","description":"Kebab-case id of the exclusion."},"from":{"type":"string","format":"date-time","description":"Start, an ISO 8601 timestamp with offset, e.g. `2026-10-14T08:00:00Z`."},"to":{"type":"string","format":"date-time","description":"End (exclusive), an ISO 8601 timestamp with offset."},"reason":{"type":"string","minLength":3,"maxLength":500,"description":"Why, shown on the site."},"standards":{"type":"array","uniqueItems":true,"items":{"$ref":"common.schema.json#/$defs/id"},"description":"Only these standards. Default: all."}}}},"actions":{"type":"object","additionalProperties":false,"description":"Corrective-action issues: what the nightly `standards actions` job opens, updates and closes on GitHub. Default: an issue for each breached standard.","properties":{"enabled":{"type":"boolean","description":"Whether `standards actions` opens, updates and closes issues at all. Default: true."},"repository":{"type":"string","pattern":"^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$","description":"Repository the issues live in, `owner/name`. Default: GITHUB_REPOSITORY of the workflow run."},"breached":{"type":"boolean","description":"Open an issue when a standard is breached. Default: true."},"atRisk":{"type":"boolean","description":"Open an issue when a standard is at risk (error budget nearly spent), before it is breached. Default: false."},"overdueReviews":{"type":"boolean","description":"Open an issue when an SOP's review date has passed; it closes when the review is recorded. Default: false."},"closeAfter":{"type":"integer","minimum":1,"maximum":90,"description":"Close a standard's issue after this many calendar nights without a breach (met, or at risk when `atRisk` is off), up to tonight. A night without a run inside them counts; a night without enough data starts the count again. Default: 3."},"maxWrites":{"type":"integer","minimum":1,"maximum":500,"description":"Most issue writes (open, edit, comment, close) in one night; the rest are listed in the job summary and done on later nights. Default: 20."},"labels":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":50,"pattern":"^[^,]+$"},"description":"Labels of every corrective-action issue. The first is how the nightly job finds its issues again: keep it on them. Default: `[corrective-action]`."},"assignLeads":{"type":"boolean","description":"Assign each issue to the leads of the team that owns the standard or SOP. Default: true."},"sopAcknowledgements":{"type":"boolean","description":"When an SOP's version goes up, open a \"Please read: <SOP title> v<N>\" issue mentioning the teams that follow it, record each night who acknowledged it (a 👍 reaction or a comment `/ack`) in the store, and close it when everyone has, or when a newer version supersedes it. Default: true."},"acknowledgementLabel":{"type":"string","minLength":1,"maxLength":50,"pattern":"^[^,]+$","description":"The label of the \"Please read\" issues; the nightly job finds them again by it. Default: `sop-acknowledgement`."}}},"site":{"type":"object","additionalProperties":false,"description":"Settings of the published site.","properties":{"title":{"type":"string","minLength":1,"maxLength":120,"description":"Site title. Default: `<organisation> service standards`."},"url":{"type":"string","format":"uri","pattern":"^https?://","description":"Origin the site is served from, e.g. `https://acme.github.io`."},"base":{"type":"string","pattern":"^/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?$","description":"Base path, e.g. `/service-standards` for GitHub Pages project sites. Default: `/`."},"ticketUrl":{"type":"string","pattern":"^https?://.*\\{id\\}","description":"Link template for a ticket, with `{id}`, e.g. `https://desk.acme.example/tickets/{id}`: where the site and the corrective-action issues link each ticket they list. Default: the source's own agent page (Zendesk `https://<subdomain>.zendesk.com/agent/tickets/{id}`, Freshdesk `https://<domain>.freshdesk.com/a/tickets/{id}`, GitHub Issues the issue); none for CSV and the sample."},"staleAfter":{"$ref":"common.schema.json#/$defs/duration","description":"Show a stale-data banner when the last fetch is older than this (checked by the reader's browser clock). Default: `36h`."}}}}};
const schema44 = {"type":"object","additionalProperties":false,"required":["id","created","priority","status"],"description":"Which CSV column (by header name) holds each ticket field. Required: id, created, priority, status.","properties":{"id":{"type":"string","description":"Ticket id column."},"created":{"type":"string","description":"Creation timestamp column."},"updated":{"type":"string","description":"Last-update timestamp column. Default: the latest timestamp in the row."},"priority":{"type":"string","description":"Priority column (values mapped with `values.priority`)."},"channel":{"type":"string","description":"Channel column (values mapped with `values.channel`)."},"status":{"type":"string","description":"Status column (values mapped with `values.status`)."},"team":{"type":"string","description":"Assigned team/group column (values mapped with `values.team`)."},"category":{"type":"string","description":"Category/type column."},"tags":{"type":"string","description":"Tags column; tags separated by spaces or commas."},"firstReplyAt":{"type":"string","description":"Timestamp of the first public agent reply."},"solvedAt":{"type":"string","description":"Timestamp the ticket was (last) solved."},"reopens":{"type":"string","description":"Number of times the ticket was reopened."},"agentReplies":{"type":"string","description":"Number of public agent replies."},"satisfaction":{"type":"string","description":"Satisfaction rating: good/bad or 1–5."},"nps":{"type":"string","description":"NPS answer 0–10."}}};
const schema45 = {"type":"object","additionalProperties":{"type":"string"},"description":"Maps the helpdesk's values to ours, e.g. `{ P1: urgent, P2: high }`. Values not listed are used as they are."};
const schema56 = {"title":"Priority","description":"Ticket priority: low, normal, high or urgent.","type":"string","enum":["low","normal","high","urgent"]};
const schema57 = {"title":"Percentage","description":"A share written as `95%` or `99.5%`, or as a number on the 0–100 scale (`95` is 95%). Must lie between 0% and 100%.","oneOf":[{"type":"string","pattern":"^\\d+(\\.\\d+)?%$"},{"type":"number"}],"examples":["95%","99.5%",90]};
const schema58 = {"description":"Where a helpdesk keeps the ticket's category: `type`, a custom field, or tags.","oneOf":[{"type":"string","enum":["type"]},{"type":"object","additionalProperties":false,"required":["field"],"properties":{"field":{"anyOf":[{"type":"integer","minimum":1},{"type":"string","minLength":1,"maxLength":120}],"description":"The custom field: its id (Zendesk, e.g. `360000000001`) or its name in `custom_fields` (Freshdesk, e.g. `cf_category`)."},"values":{"type":"object","additionalProperties":{"type":"string","minLength":1,"maxLength":120},"description":"Field value → category. Without it the value is the category; with it, a value not listed leaves the ticket out with the setting to add it to."}}},{"type":"object","additionalProperties":false,"required":["tags"],"properties":{"tags":{"type":"object","minProperties":1,"additionalProperties":{"type":"string","minLength":1,"maxLength":120},"description":"Tag → category, in order: the first listed tag the ticket carries gives its category; a ticket with none has no category."}}}]};
const schema59 = {"description":"Where a helpdesk keeps the ticket's team: `group`, or a custom field whose value is mapped with `values.team`.","oneOf":[{"type":"string","enum":["group"]},{"type":"object","additionalProperties":false,"required":["field"],"properties":{"field":{"anyOf":[{"type":"integer","minimum":1},{"type":"string","minLength":1,"maxLength":120}],"description":"The custom field: its id (Zendesk) or its name in `custom_fields` (Freshdesk)."}}}]};
const schema64 = {"title":"Channel","description":"Where the ticket came in: email, web (form), chat, phone, social or api.","type":"string","enum":["email","web","chat","phone","social","api"]};
const schema82 = {"title":"Duration","description":"A length of time written as whole days, hours and minutes in that order: `45m`, `4h`, `1h30m`, `2d`, `1d4h`. Business time when the standard names a calendar, wall-clock time otherwise.","type":"string","pattern":"^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?$","examples":["45m","4h","1h30m","2d"]};
const func9 = Object.prototype.hasOwnProperty;
const pattern9 = new RegExp("^[^\\r\\n\"]$", "u");
const pattern16 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");
const pattern17 = new RegExp("^https?://[^/]+/?$", "u");
const pattern18 = new RegExp("^[A-Z_][A-Z0-9_]*$", "u");
const pattern20 = new RegExp("^\\d+(\\.\\d+)?%$", "u");
const pattern26 = new RegExp("^[A-Za-z0-9-]+/[A-Za-z0-9._-]+$", "u");
const pattern27 = new RegExp("^https?://", "u");
const pattern34 = new RegExp("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$", "u");
const pattern35 = new RegExp("^[^,]+$", "u");
const pattern38 = new RegExp("^/([A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*)?$", "u");
const pattern39 = new RegExp("^https?://.*\\{id\\}", "u");
const pattern40 = new RegExp("^(?=\\d)(\\d+d)?(\\d+h)?(\\d+m)?$", "u");
const schema49 = {"type":"object","additionalProperties":false,"required":["path","timezone","columns"],"description":"A CSV export of QA reviews (a QA tool or a spreadsheet): one row per review, one column per behaviour. Every night the file is read again when it changed; its reviews are added to the store or replace the stored review with the same key, and reviews no longer in the file stay (an export may cover only recent weeks).","properties":{"path":{"type":"string","minLength":1,"description":"Path of the CSV file, relative to the repository root, e.g. `exports/qa-reviews.csv`."},"timezone":{"type":"string","minLength":1,"description":"IANA time zone of timestamps that carry no offset, e.g. `Europe/Dublin`."},"delimiter":{"type":"string","minLength":1,"maxLength":1,"pattern":"^[^\\r\\n\"]$","description":"Field delimiter: one character that is not a line break or a double quote (those end a record or quote a field); a control character such as `\\u001f` is fine. Default: `,`."},"skipBadRows":{"type":"boolean","description":"Skip (and report) rows that cannot be read instead of failing the import. Default: false: one bad row and nothing of the file is imported."},"scorecard":{"$ref":"common.schema.json#/$defs/id","description":"Id of the Scorecard every review uses, when the export has no scorecard column."},"maxScore":{"type":"number","exclusiveMinimum":0,"maximum":1000,"description":"The top of the scale when a behaviour is scored with a number rather than pass, fail or na: a score s counts as s / maxScore of the behaviour's weight, and passes at the scorecard's pass mark. `80%` is always read as a percentage. Default: 100."},"columns":{"type":"object","additionalProperties":false,"required":["ticket","reviewedAt","reviewer","agent"],"description":"Which CSV column (by header name) holds each field of a review. Other columns are behaviours' marks (see `behaviours`), free text such as a comment (ignored), or listed in `ignoreColumns`.","properties":{"id":{"type":"string","description":"The review's own id in the QA tool. Without it a review is known by its ticket, reviewer, scorecard and time."},"ticket":{"type":"string","description":"Id of the reviewed ticket, as the helpdesk gives it."},"reviewedAt":{"type":"string","description":"When the review was made."},"reviewer":{"type":"string","description":"Who reviewed: a GitHub handle, e-mail or staff id of a Team document's member (others are kept under a pseudonym, never as written)."},"agent":{"type":"string","description":"Whose work was reviewed: a GitHub handle, e-mail or staff id of a Team document's member."},"scorecard":{"type":"string","description":"The Scorecard id (or a name mapped with `values.scorecard`). Default: the `scorecard` setting."}}},"behaviours":{"type":"object","propertyNames":{"$ref":"common.schema.json#/$defs/id"},"additionalProperties":{"type":"string","minLength":1},"description":"Behaviour id → the column that holds its mark, e.g. `{ listen-actively: Listening }`. A behaviour not listed is read from the column named as its id or its title.","examples":[{"listen-actively":"Listening","take-ownership":"Ownership"}]},"ignoreColumns":{"type":"array","items":{"type":"string","minLength":1},"uniqueItems":true,"description":"Columns (by header name) that hold marks or scores of no behaviour and are not read, e.g. `[Total score, CSAT]`. A column whose values all read as marks (pass, fail, na, a score) and that is neither a field, a behaviour's column nor listed here stops the import, so that no behaviour's marks are dropped unseen; a column of free text (a comment) needs no listing.","examples":[["Total score","CSAT"]]},"values":{"type":"object","additionalProperties":false,"description":"Value mappings.","properties":{"scorecard":{"type":"object","additionalProperties":{"$ref":"common.schema.json#/$defs/id"},"description":"Scorecard name in the export → Scorecard id."},"result":{"type":"object","additionalProperties":{"type":"string","enum":["pass","fail","na"]},"description":"A behaviour's mark in the export → pass, fail or na, e.g. `{ Met: pass, \"Not met\": fail }`. Always understood: pass, fail, na, n/a, yes, no (any case)."}}}}};

validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema53 = {"type":"object","additionalProperties":false,"required":["path","timezone","columns"],"description":"A CSV export of SOP acknowledgements made outside GitHub (a learning platform, a form): one row per person and SOP version.","properties":{"path":{"type":"string","minLength":1,"description":"Path of the CSV file, relative to the repository root, e.g. `exports/sop-acknowledgements.csv`."},"timezone":{"type":"string","minLength":1,"description":"IANA time zone of timestamps that carry no offset."},"delimiter":{"type":"string","minLength":1,"maxLength":1,"pattern":"^[^\\r\\n\"]$","description":"Field delimiter: one character that is not a line break or a double quote (those end a record or quote a field); a control character such as `\\u001f` is fine. Default: `,`."},"skipBadRows":{"type":"boolean","description":"Skip (and report) rows that cannot be read instead of failing the import. Default: false."},"columns":{"type":"object","additionalProperties":false,"required":["sop","version","person","at"],"description":"Which CSV column holds each field.","properties":{"sop":{"type":"string","description":"The SOP id (or a name mapped with `values.sop`)."},"version":{"type":"string","description":"The SOP version acknowledged, a whole number."},"person":{"type":"string","description":"Who acknowledged: a GitHub handle, e-mail or staff id of a Team document's member."},"at":{"type":"string","description":"When they acknowledged."}}},"values":{"type":"object","additionalProperties":false,"description":"Value mappings.","properties":{"sop":{"type":"object","additionalProperties":{"$ref":"common.schema.json#/$defs/id"},"description":"SOP name in the export → SOP id."}}}}};

validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema60 = {"type":"object","additionalProperties":false,"description":"How the helpdesk's values map to ours, per field. Each source has defaults that fit its helpdesk out of the box; entries here are added to them.","properties":{"priority":{"$ref":"#/$defs/priorityMap"},"channel":{"$ref":"#/$defs/channelMap"},"status":{"$ref":"#/$defs/statusMap"},"team":{"$ref":"#/$defs/teamMap"}}};
const schema61 = {"type":"object","additionalProperties":{"$ref":"common.schema.json#/$defs/priority"},"description":"Helpdesk priority value → our priority (low, normal, high, urgent). Listed values replace the defaults of the same key; values not listed and not already ours reject the ticket with a reason."};

validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema63 = {"type":"object","additionalProperties":{"$ref":"common.schema.json#/$defs/channel"},"description":"Helpdesk channel value → our channel (email, web, chat, phone, social, api). Listed values replace the defaults of the same key; an unmapped channel rejects the ticket with a reason."};

validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema65 = {"type":"object","additionalProperties":{"$ref":"common.schema.json#/$defs/ticketStatus"},"description":"Helpdesk status value → our status (new, open, pending, on-hold, solved, closed). Map custom statuses here, pending-like ones to `pending` or `on-hold` so requester wait time pauses; an unmapped status rejects the ticket with a reason."};
const schema66 = {"title":"Ticket status","description":"Normalized ticket status: new, open, pending (waiting on the requester), on-hold (waiting on a third party), solved or closed.","type":"string","enum":["new","open","pending","on-hold","solved","closed"]};

validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema67 = {"type":"object","additionalProperties":{"$ref":"common.schema.json#/$defs/id"},"description":"Helpdesk group → Team id. Groups not listed leave the ticket without a team."};

validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const formats6 = require("ajv-formats/dist/formats").fullFormats.uri;
const formats18 = require("ajv-formats/dist/formats").fullFormats["date-time"];

validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema83 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"policy.schema.json","title":"Policy","description":"A customer-service policy: prose in Markdown, linked to the standards and SOPs that put it into practice.","type":"object","additionalProperties":false,"required":["kind","id","title","owner","status","effective","review","body"],"properties":{"kind":{"const":"Policy","description":"Always `Policy`."},"id":{"$ref":"common.schema.json#/$defs/id","description":"Kebab-case id, equal to the file name."},"title":{"type":"string","minLength":3,"maxLength":140,"description":"Display title."},"owner":{"$ref":"common.schema.json#/$defs/id","description":"Id of the Team that owns the policy."},"status":{"type":"string","enum":["draft","active","retired"],"description":"draft, active or retired."},"effective":{"$ref":"common.schema.json#/$defs/date","description":"Date the policy takes effect, YYYY-MM-DD."},"review":{"$ref":"common.schema.json#/$defs/review","description":"Review cadence."},"summary":{"type":"string","maxLength":1000,"description":"The policy in a sentence or two."},"body":{"$ref":"common.schema.json#/$defs/markdown","description":"The policy text in Markdown."},"standards":{"type":"array","uniqueItems":true,"items":{"$ref":"common.schema.json#/$defs/id"},"description":"Ids of the Standards that measure this policy."},"sops":{"type":"array","uniqueItems":true,"items":{"$ref":"common.schema.json#/$defs/id"},"description":"Ids of the SOPs that carry it out."}}};
const schema90 = {"title":"Markdown","description":"CommonMark text (GitHub-flavoured tables and lists allowed). Raw HTML, scripts and javascript: links are removed when published.","type":"string","maxLength":20000};
const schema87 = {"title":"Review cadence","description":"How often the document must be reviewed and when it last was. The next review is due at `last` + `every`; a due date in the past is a warning (an error with `validate --strict`).","type":"object","additionalProperties":false,"required":["every","last"],"properties":{"every":{"$ref":"#/$defs/period","description":"Review cadence, e.g. `6mo`."},"last":{"$ref":"#/$defs/date","description":"Date of the last review, YYYY-MM-DD."}}};
const schema88 = {"title":"Period","description":"A calendar period for review cadences: days (`90d`), weeks (`6w`), months (`6mo`) or years (`1y`).","type":"string","pattern":"^[1-9]\\d*(d|w|mo|y)$","examples":["6mo","1y","90d"]};
const pattern43 = new RegExp("^[1-9]\\d*(d|w|mo|y)$", "u");

validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


validate48.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema93 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"scorecard.schema.json","title":"Scorecard","description":"A behavioural QA rubric used to review interactions. A review scores each behaviour pass or fail; the qa_score is the weighted share passed.","type":"object","additionalProperties":false,"required":["kind","id","title","owner","passMark","behaviours","review"],"properties":{"kind":{"const":"Scorecard","description":"Always `Scorecard`."},"id":{"$ref":"common.schema.json#/$defs/id","description":"Kebab-case id, equal to the file name."},"title":{"type":"string","minLength":3,"maxLength":140,"description":"Display title."},"description":{"$ref":"common.schema.json#/$defs/markdown","description":"How reviewers use the scorecard, in Markdown."},"owner":{"$ref":"common.schema.json#/$defs/id","description":"Id of the Team that owns the rubric."},"passMark":{"$ref":"common.schema.json#/$defs/percentage","description":"Score at or above which a reviewed interaction passes, e.g. `80%`."},"behaviours":{"type":"array","minItems":1,"description":"The behaviours scored in every review, in the order reviewers see them.","items":{"type":"object","additionalProperties":false,"required":["id","title","description"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id","description":"Kebab-case id, unique within the scorecard."},"title":{"type":"string","minLength":3,"maxLength":80,"description":"Short name, e.g. `Acknowledge the customer`."},"description":{"$ref":"common.schema.json#/$defs/markdown","description":"What a reviewer looks for, in Markdown."},"weight":{"type":"number","exclusiveMinimum":0,"maximum":100,"description":"Relative weight in the score. Default: 1."},"critical":{"type":"boolean","description":"A failed critical behaviour fails the whole review whatever the score. Default: false."}}}},"review":{"$ref":"common.schema.json#/$defs/review","description":"Review cadence of the rubric itself."}}};

validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


validate51.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema103 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"sop.schema.json","title":"SOP","description":"A standard operating procedure: ordered steps with timelines and roles, the standards it serves, an owner, a version bumped on every content change, and a changelog whose top entry matches the version.","type":"object","additionalProperties":false,"required":["kind","id","title","version","status","owner","serves","steps","review","changelog"],"properties":{"kind":{"const":"SOP","description":"Always `SOP`."},"id":{"$ref":"common.schema.json#/$defs/id","description":"Kebab-case id, equal to the file name, e.g. `handle-complaint`."},"title":{"type":"string","minLength":3,"maxLength":140,"description":"Display title, e.g. `Handling a complaint`."},"version":{"type":"integer","minimum":1,"description":"Whole number, bumped by one on every content change (checked in CI against the base branch), e.g. `3`."},"status":{"type":"string","enum":["draft","active","retired"],"description":"draft (not yet in force), active (in force) or retired (kept for history)."},"owner":{"$ref":"common.schema.json#/$defs/id","description":"Id of the Team that owns the procedure."},"summary":{"type":"string","maxLength":1000,"description":"When to use this procedure, in a sentence or two."},"followedBy":{"type":"array","uniqueItems":true,"items":{"$ref":"common.schema.json#/$defs/id"},"description":"Ids of the Teams whose members follow this procedure: they are asked to acknowledge each new version (README \"SOP acknowledgement\"). Default: the teams the standards it serves measure (their `scope.team`)."},"serves":{"type":"array","uniqueItems":true,"items":{"$ref":"common.schema.json#/$defs/id"},"description":"Ids of the Standards this procedure helps meet."},"steps":{"type":"array","minItems":1,"description":"The steps in the order they are carried out.","items":{"type":"object","additionalProperties":false,"required":["id","title","instructions"],"properties":{"id":{"$ref":"common.schema.json#/$defs/id","description":"Kebab-case id, unique within the SOP; keep it stable so diffs follow the step when it moves."},"title":{"type":"string","minLength":3,"maxLength":140,"description":"What the step achieves, e.g. `Acknowledge the complaint`."},"instructions":{"$ref":"common.schema.json#/$defs/markdown","description":"How to carry out the step, in Markdown."},"within":{"$ref":"common.schema.json#/$defs/duration","description":"Timeline: the step is done within this time of the ticket's creation (of the customer's message, for a step that keeps a next-reply standard), counted on the step's `clock`, e.g. `4h`."},"clock":{"type":"string","enum":["24/7","business"],"default":"24/7","description":"How `within` is counted: `24/7` (the default: every hour, nights and weekends included) or `business` (business hours only: those of the calendar of the standard the step keeps, or of the team that handles the ticket). A step on the business clock cannot keep a 24/7 standard: a business hour can take a night or a weekend."},"keeps":{"type":"object","additionalProperties":false,"required":["standard"],"description":"The promise this step keeps, e.g. `{ standard: first-response-urgent }`: `validate` fails when the step's `within` is longer than that standard's threshold on the same clock, and the site shows the standard's status beside the step. The standard's metric says what the step is compared with: the first reply (first_response_time), the next reply (next_reply_time) or the solve (full_resolution_time).","properties":{"standard":{"$ref":"common.schema.json#/$defs/id","description":"Id of a Standard this SOP serves (it must be in `serves`)."}}},"role":{"type":"string","minLength":2,"maxLength":60,"description":"Who carries it out, e.g. `agent`, `team lead`."}}}},"review":{"$ref":"common.schema.json#/$defs/review","description":"Review cadence, e.g. `{ every: 6mo, last: 2026-09-01 }`."},"changelog":{"type":"array","minItems":1,"description":"Newest first. The top entry's version equals `version`.","items":{"type":"object","additionalProperties":false,"required":["version","date","summary"],"properties":{"version":{"type":"integer","minimum":1,"description":"The version this entry describes."},"date":{"$ref":"common.schema.json#/$defs/date","description":"Date of the change, YYYY-MM-DD."},"summary":{"type":"string","minLength":3,"maxLength":500,"description":"What changed and why."}}}}}};

validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema116 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"standard.schema.json","title":"Standard","description":"One measurable service standard: one metric over a scope of tickets, a per-ticket threshold or an aggregate target, an objective, a window, an owner, an effective date and a review cadence.","type":"object","additionalProperties":false,"required":["kind","id","title","dimension","metric","window","owner","effective","review","rationale"],"properties":{"kind":{"const":"Standard","description":"Always `Standard`."},"id":{"$ref":"common.schema.json#/$defs/id","description":"Kebab-case id, equal to the file name, e.g. `first-response-urgent`."},"title":{"type":"string","minLength":5,"maxLength":140,"description":"The promise in one plain sentence, e.g. `Urgent tickets get a first reply within one business hour`."},"description":{"$ref":"common.schema.json#/$defs/markdown","description":"Optional longer explanation in Markdown."},"dimension":{"type":"string","enum":["reliability","responsiveness","assurance","empathy","tangibles"],"description":"Service-quality dimension (SERVQUAL): reliability (doing what was promised), responsiveness (speed), assurance (competence and trust), empathy (care), tangibles (channels, tools, written material)."},"metric":{"type":"string","enum":["first_response_time","next_reply_time","full_resolution_time","requester_wait_time","agent_work_time","reopen_rate","first_contact_resolution","csat","nps","backlog_age","qa_score","qa_coverage","sop_acknowledgement"],"description":"The metric from the built-in catalogue (see the site's methodology page). Duration metrics (first_response_time, next_reply_time, full_resolution_time, requester_wait_time, agent_work_time, backlog_age) take `threshold`; rate and score metrics (reopen_rate, first_contact_resolution, csat, nps, qa_score, qa_coverage) take `target`; sop_acknowledgement takes `threshold` (the time to acknowledge a new SOP version) and `objective`."},"scope":{"type":"object","additionalProperties":false,"description":"Which tickets the standard covers. Every listed field narrows the scope; an omitted field matches everything. Default: all tickets.","properties":{"priority":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"common.schema.json#/$defs/priority"},"description":"Ticket priorities in scope."},"channel":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"common.schema.json#/$defs/channel"},"description":"Channels in scope."},"team":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"common.schema.json#/$defs/id"},"description":"Team ids in scope (the team the ticket is assigned to). For qa_coverage: the teams whose members must be reviewed (default: every team); for sop_acknowledgement: the following teams measured (default: every team that follows the SOP)."},"category":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1},"description":"Ticket categories in scope, as the helpdesk names them."},"tags":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1},"description":"Tickets carrying at least one of these tags."}}},"threshold":{"$ref":"common.schema.json#/$defs/duration","description":"Per-ticket goal for duration metrics, e.g. `1h`. Business time when `calendar` is set."},"target":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"description":"Aggregate target for rate and score metrics: `{ min: 90% }` or `{ max: 5% }`. For nps the value is a score from -100 to 100, e.g. `{ min: 30 }`.","properties":{"min":{"$ref":"common.schema.json#/$defs/percentage","description":"The value must be at least this: a percentage, or for nps a score from -100 to 100."},"max":{"$ref":"common.schema.json#/$defs/percentage","description":"The value must be at most this: a percentage, or for nps a score from -100 to 100."}}},"calendar":{"$ref":"common.schema.json#/$defs/id","description":"Id of the Calendar whose business hours the durations are measured in. Omitted: 24/7 wall-clock time."},"objective":{"$ref":"common.schema.json#/$defs/percentage","description":"Duration metrics only: the share of in-scope tickets that must meet the threshold, e.g. `95%` (sop_acknowledgement: the share of following team members who acknowledge in time). Rate and score metrics are judged against `target` instead."},"window":{"type":"string","pattern":"^([1-9]\\d*(d|w)|month|quarter)$","description":"The period the objective is judged over: rolling days or weeks (`30d`, `4w`) ending now, or the current calendar `month` or `quarter` (in the calendar's time zone, UTC without one).","examples":["30d","7d","month","quarter"]},"minimumSample":{"type":"integer","minimum":1,"description":"Fewest tickets in the window before a status is given; fewer is `not enough data`. Default: the Pipeline's `evaluation.minimumSample`."},"pauseStatuses":{"type":"array","uniqueItems":true,"items":{"$ref":"common.schema.json#/$defs/ticketStatus"},"description":"requester_wait_time only: statuses during which the clock stops (solved and closed always stop it). Default: pending only, as Zendesk counts requester wait time; for new and open only use the agent_work_time metric."},"scorecard":{"$ref":"common.schema.json#/$defs/id","description":"qa_score: id of the Scorecard whose reviews are scored. qa_coverage: only reviews with this Scorecard count (default: every review)."},"reviewsPerAgent":{"type":"integer","minimum":1,"maximum":100,"description":"qa_coverage only: how many QA reviews each agent must get per week (Monday to Sunday in the standard's time zone), e.g. `5`."},"sops":{"type":"array","minItems":1,"uniqueItems":true,"items":{"$ref":"common.schema.json#/$defs/id"},"description":"sop_acknowledgement only: ids of the SOPs whose new versions must be acknowledged. Default: every active SOP."},"owner":{"$ref":"common.schema.json#/$defs/id","description":"Id of the Team accountable for this standard."},"effective":{"$ref":"common.schema.json#/$defs/date","description":"Date from which the standard applies, YYYY-MM-DD."},"review":{"$ref":"common.schema.json#/$defs/review","description":"Review cadence, e.g. `{ every: 6mo, last: 2026-09-01 }`."},"rationale":{"type":"string","minLength":10,"maxLength":2000,"description":"Why this number, in a sentence or two."},"versions":{"type":"array","minItems":1,"description":"Optional: the earlier goals of this standard, oldest first, each with the date it took effect. Every measurement is judged by the version in force when it completed: an entry here until the next entry's (or this document's) `effective`, this document's own goal from its `effective`. With the list, the file's git history is not read; without it, the versions come from the git history of the file (a committed change never takes effect before the day it was committed).","items":{"type":"object","additionalProperties":false,"required":["effective"],"description":"One earlier version of the goal. Give the fields the metric takes: `threshold` and `objective` for duration metrics, `target` for rate and score metrics.","properties":{"effective":{"$ref":"common.schema.json#/$defs/date","description":"Date from which this version judged measurements, YYYY-MM-DD; before the next version's date."},"threshold":{"$ref":"common.schema.json#/$defs/duration","description":"Duration metrics: the per-ticket threshold of this version, e.g. `2h`."},"objective":{"$ref":"common.schema.json#/$defs/percentage","description":"Duration metrics: the share of tickets that had to meet the threshold in this version, e.g. `90%`."},"target":{"type":"object","additionalProperties":false,"minProperties":1,"maxProperties":1,"description":"Rate and score metrics: the aggregate target of this version, `{ min: 85% }` or `{ max: 5% }` (nps: a score).","properties":{"min":{"$ref":"common.schema.json#/$defs/percentage","description":"The value had to be at least this."},"max":{"$ref":"common.schema.json#/$defs/percentage","description":"The value had to be at most this."}}},"note":{"type":"string","maxLength":500,"description":"Optional: why the goal changed, for people."}}}}}};
const pattern66 = new RegExp("^([1-9]\\d*(d|w)|month|quarter)$", "u");

validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


validate57.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema140 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"team.schema.json","title":"Team","description":"A team that owns standards and SOPs. Its GitHub handles feed CODEOWNERS and tell agents from customers in GitHub Issues.","type":"object","additionalProperties":false,"required":["kind","id","name","members"],"properties":{"kind":{"const":"Team","description":"Always `Team`."},"id":{"$ref":"common.schema.json#/$defs/id","description":"Kebab-case id, equal to the file name, e.g. `support-leads`."},"name":{"type":"string","minLength":2,"maxLength":80,"description":"Display name, e.g. `Support leads`."},"description":{"type":"string","maxLength":1000,"description":"What the team does, in a sentence."},"calendar":{"$ref":"common.schema.json#/$defs/id","description":"Id of the Calendar the team works to (optional)."},"githubTeam":{"type":"string","pattern":"^[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$","description":"GitHub team slug `org/team` used in CODEOWNERS instead of listing members (optional)."},"leads":{"type":"array","uniqueItems":true,"items":{"$ref":"common.schema.json#/$defs/githubHandle"},"description":"GitHub handles of the team's leads; they review changes to what the team owns. Default: none."},"names":{"type":"object","propertyNames":{"$ref":"common.schema.json#/$defs/githubHandle"},"additionalProperties":{"type":"string","minLength":1,"maxLength":80},"description":"People's names by GitHub handle, e.g. `{ ana-lopez: Ana López }`: the site shows a lead's name instead of the handle. Optional; a handle without a name is shown as the handle.","examples":[{"ana-lopez":"Ana López"}]},"members":{"type":"array","minItems":1,"uniqueItems":true,"description":"All members (agents): a GitHub handle without @, or a person with a handle, an e-mail or a staff id, so records from other systems (QA reviews, SOP acknowledgements made on a learning platform) find them. An e-mail or staff id is only compared, never published or stored.","items":{"oneOf":[{"$ref":"common.schema.json#/$defs/githubHandle"},{"type":"object","additionalProperties":false,"minProperties":1,"description":"A member identified beside (or without) a GitHub handle, e.g. `{ github: ana-lopez, email: ana.lopez@example.com, staffId: E1042 }`.","properties":{"github":{"$ref":"common.schema.json#/$defs/githubHandle","description":"GitHub handle, without @."},"email":{"type":"string","format":"email","maxLength":254,"description":"E-mail address other systems know the person by (compared case-insensitively)."},"staffId":{"type":"string","pattern":"^[A-Za-z0-9._-]{1,40}$","description":"Staff or employee id other systems know the person by."}}}]}}}};
const schema143 = {"title":"GitHub handle","description":"A GitHub user name without the @, e.g. `ana-lopez`.","type":"string","pattern":"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$"};
const pattern77 = new RegExp("^[A-Za-z0-9-]+/[A-Za-z0-9_.-]+$", "u");
const pattern78 = new RegExp("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$", "u");
const pattern82 = new RegExp("^[A-Za-z0-9._-]{1,40}$", "u");
const formats40 = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

validate60.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
exports["calendar.schema.json"] = validate20;
exports["common.schema.json"] = validate21;
exports["pipeline.schema.json"] = validate32;
exports["policy.schema.json"] = validate48;
exports["scorecard.schema.json"] = validate51;
exports["sop.schema.json"] = validate54;
exports["standard.schema.json"] = validate57;
exports["team.schema.json"] = validate60;

exports.schemasDigest = "7a2f6d878447225b286a62bce0cd16d228aeccec763888a4d20857ae67610ab4";
