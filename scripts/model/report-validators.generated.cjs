// Generated from schemas/*.schema.json by `npm run generate:types` (ajv 8.20.0 standalone code). Do not edit by hand.
// Validators of report.schema.json, by schema file name.
"use strict";
var validate23 = (function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(data.from === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.to === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.minutes === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "minutes"},message:"must have required property '"+"minutes"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "from") || (key0 === "to")) || (key0 === "minutes")) || (key0 === "reason")) || (key0 === "detail"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.from !== undefined){
let data0 = data.from;
if(typeof data0 === "string"){
if(!(formats0.validate(data0))){
const err4 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err5 = {instancePath:instancePath+"/from",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.to !== undefined){
let data1 = data.to;
if(typeof data1 === "string"){
if(!(formats0.validate(data1))){
const err6 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err7 = {instancePath:instancePath+"/to",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.minutes !== undefined){
let data2 = data.minutes;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/minutes",schemaPath:"#/properties/minutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err9 = {instancePath:instancePath+"/minutes",schemaPath:"#/properties/minutes/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.reason !== undefined){
let data3 = data.reason;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((((data3 === "closed") || (data3 === "holiday")) || (data3 === "paused")) || (data3 === "solved"))){
const err11 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/enum",keyword:"enum",params:{allowedValues: schema54.properties.reason.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.detail !== undefined){
if(typeof data.detail !== "string"){
const err12 = {instancePath:instancePath+"/detail",schemaPath:"#/properties/detail/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
});
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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.what === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "what"},message:"must have required property '"+"what"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.start === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.end === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.minutes === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "minutes"},message:"must have required property '"+"minutes"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.version === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.result === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "result"},message:"must have required property '"+"result"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.inWindow === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inWindow"},message:"must have required property '"+"inWindow"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema51.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.what !== undefined){
if(typeof data.what !== "string"){
const err8 = {instancePath:instancePath+"/what",schemaPath:"#/properties/what/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.start !== undefined){
let data1 = data.start;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.at === undefined){
const err9 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1.event === undefined){
const err10 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "at") || (key1 === "event"))){
const err11 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.at !== undefined){
let data2 = data1.at;
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err12 = {instancePath:instancePath+"/start/at",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err13 = {instancePath:instancePath+"/start/at",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.event !== undefined){
if(typeof data1.event !== "string"){
const err14 = {instancePath:instancePath+"/start/event",schemaPath:"#/properties/start/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/start",schemaPath:"#/properties/start/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.end !== undefined){
let data4 = data.end;
if((!(data4 && typeof data4 == "object" && !Array.isArray(data4))) && (data4 !== null)){
const err16 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/type",keyword:"type",params:{type: schema51.properties.end.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.at === undefined){
const err17 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/required",keyword:"required",params:{missingProperty: "at"},message:"must have required property '"+"at"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4.event === undefined){
const err18 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/required",keyword:"required",params:{missingProperty: "event"},message:"must have required property '"+"event"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key2 in data4){
if(!((key2 === "at") || (key2 === "event"))){
const err19 = {instancePath:instancePath+"/end",schemaPath:"#/properties/end/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data4.at !== undefined){
let data5 = data4.at;
if(typeof data5 === "string"){
if(!(formats0.validate(data5))){
const err20 = {instancePath:instancePath+"/end/at",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err21 = {instancePath:instancePath+"/end/at",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data4.event !== undefined){
if(typeof data4.event !== "string"){
const err22 = {instancePath:instancePath+"/end/event",schemaPath:"#/properties/end/properties/event/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
}
if(data.minutes !== undefined){
let data7 = data.minutes;
if((!((typeof data7 == "number") && (isFinite(data7)))) && (data7 !== null)){
const err23 = {instancePath:instancePath+"/minutes",schemaPath:"#/properties/minutes/type",keyword:"type",params:{type: schema51.properties.minutes.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.counted !== undefined){
let data8 = data.counted;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data8[i0], {instancePath:instancePath+"/counted/" + i0,parentData:data8,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err24 = {instancePath:instancePath+"/counted",schemaPath:"#/properties/counted/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.leftOut !== undefined){
let data10 = data.leftOut;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
if(!(validate23(data10[i1], {instancePath:instancePath+"/leftOut/" + i1,parentData:data10,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath:instancePath+"/leftOut",schemaPath:"#/properties/leftOut/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.more !== undefined){
let data12 = data.more;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.counted === undefined){
const err26 = {instancePath:instancePath+"/more",schemaPath:"#/properties/more/required",keyword:"required",params:{missingProperty: "counted"},message:"must have required property '"+"counted"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data12.countedMinutes === undefined){
const err27 = {instancePath:instancePath+"/more",schemaPath:"#/properties/more/required",keyword:"required",params:{missingProperty: "countedMinutes"},message:"must have required property '"+"countedMinutes"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data12.leftOut === undefined){
const err28 = {instancePath:instancePath+"/more",schemaPath:"#/properties/more/required",keyword:"required",params:{missingProperty: "leftOut"},message:"must have required property '"+"leftOut"+"'"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data12.leftOutMinutes === undefined){
const err29 = {instancePath:instancePath+"/more",schemaPath:"#/properties/more/required",keyword:"required",params:{missingProperty: "leftOutMinutes"},message:"must have required property '"+"leftOutMinutes"+"'"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key3 in data12){
if(!((((key3 === "counted") || (key3 === "countedMinutes")) || (key3 === "leftOut")) || (key3 === "leftOutMinutes"))){
const err30 = {instancePath:instancePath+"/more",schemaPath:"#/properties/more/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data12.counted !== undefined){
let data13 = data12.counted;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err31 = {instancePath:instancePath+"/more/counted",schemaPath:"#/properties/more/properties/counted/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
const err32 = {instancePath:instancePath+"/more/counted",schemaPath:"#/properties/more/properties/counted/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data12.countedMinutes !== undefined){
let data14 = data12.countedMinutes;
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err33 = {instancePath:instancePath+"/more/countedMinutes",schemaPath:"#/properties/more/properties/countedMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err34 = {instancePath:instancePath+"/more/countedMinutes",schemaPath:"#/properties/more/properties/countedMinutes/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data12.leftOut !== undefined){
let data15 = data12.leftOut;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err35 = {instancePath:instancePath+"/more/leftOut",schemaPath:"#/properties/more/properties/leftOut/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
const err36 = {instancePath:instancePath+"/more/leftOut",schemaPath:"#/properties/more/properties/leftOut/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data12.leftOutMinutes !== undefined){
let data16 = data12.leftOutMinutes;
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 < 0 || isNaN(data16)){
const err37 = {instancePath:instancePath+"/more/leftOutMinutes",schemaPath:"#/properties/more/properties/leftOutMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err38 = {instancePath:instancePath+"/more/leftOutMinutes",schemaPath:"#/properties/more/properties/leftOutMinutes/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/more",schemaPath:"#/properties/more/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.version !== undefined){
let data17 = data.version;
if((typeof data17 !== "string") && (data17 !== null)){
const err40 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: schema51.properties.version.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.goal !== undefined){
if(typeof data.goal !== "string"){
const err41 = {instancePath:instancePath+"/goal",schemaPath:"#/properties/goal/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.thresholdMinutes !== undefined){
let data19 = data.thresholdMinutes;
if(!((typeof data19 == "number") && (isFinite(data19)))){
const err42 = {instancePath:instancePath+"/thresholdMinutes",schemaPath:"#/properties/thresholdMinutes/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.result !== undefined){
let data20 = data.result;
if(typeof data20 !== "string"){
const err43 = {instancePath:instancePath+"/result",schemaPath:"#/properties/result/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(!(((((((data20 === "met") || (data20 === "missed")) || (data20 === "breached")) || (data20 === "pending")) || (data20 === "success")) || (data20 === "failure")) || (data20 === "not-counted"))){
const err44 = {instancePath:instancePath+"/result",schemaPath:"#/properties/result/enum",keyword:"enum",params:{allowedValues: schema51.properties.result.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.score !== undefined){
let data21 = data.score;
if(!((typeof data21 == "number") && (isFinite(data21)))){
const err45 = {instancePath:instancePath+"/score",schemaPath:"#/properties/score/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.passedAt !== undefined){
let data22 = data.passedAt;
if(typeof data22 === "string"){
if(!(formats0.validate(data22))){
const err46 = {instancePath:instancePath+"/passedAt",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err47 = {instancePath:instancePath+"/passedAt",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data.dueAt !== undefined){
let data23 = data.dueAt;
if(typeof data23 === "string"){
if(!(formats0.validate(data23))){
const err48 = {instancePath:instancePath+"/dueAt",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err49 = {instancePath:instancePath+"/dueAt",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.countedAt !== undefined){
let data24 = data.countedAt;
if(typeof data24 === "string"){
if(!(formats0.validate(data24))){
const err50 = {instancePath:instancePath+"/countedAt",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err51 = {instancePath:instancePath+"/countedAt",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.countedOn !== undefined){
let data25 = data.countedOn;
if(typeof data25 === "string"){
if(!(formats24.validate(data25))){
const err52 = {instancePath:instancePath+"/countedOn",schemaPath:"#/properties/countedOn/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
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
const err53 = {instancePath:instancePath+"/countedOn",schemaPath:"#/properties/countedOn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.inWindow !== undefined){
if(typeof data.inWindow !== "boolean"){
const err54 = {instancePath:instancePath+"/inWindow",schemaPath:"#/properties/inWindow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.note !== undefined){
if(typeof data.note !== "string"){
const err55 = {instancePath:instancePath+"/note",schemaPath:"#/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err56 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
});
var validate21 = (function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(data.ticket === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ticket"},message:"must have required property '"+"ticket"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.standard === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standard"},message:"must have required property '"+"standard"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.now === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "now"},message:"must have required property '"+"now"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.verdict === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.measurements === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "measurements"},message:"must have required property '"+"measurements"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "ticket") || (key0 === "standard")) || (key0 === "now")) || (key0 === "verdict")) || (key0 === "reason")) || (key0 === "calendar")) || (key0 === "measurements"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.ticket !== undefined){
if(typeof data.ticket !== "string"){
const err6 = {instancePath:instancePath+"/ticket",schemaPath:"#/properties/ticket/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.standard !== undefined){
if(typeof data.standard !== "string"){
const err7 = {instancePath:instancePath+"/standard",schemaPath:"#/properties/standard/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.now !== undefined){
let data2 = data.now;
if(typeof data2 === "string"){
if(!(formats0.validate(data2))){
const err8 = {instancePath:instancePath+"/now",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err9 = {instancePath:instancePath+"/now",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.verdict !== undefined){
let data3 = data.verdict;
if(typeof data3 !== "string"){
const err10 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((((((data3 === "measured") || (data3 === "not-measured")) || (data3 === "out-of-scope")) || (data3 === "excluded")) || (data3 === "not-yet-created")) || (data3 === "unusable"))){
const err11 = {instancePath:instancePath+"/verdict",schemaPath:"#/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema49.properties.verdict.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.reason !== undefined){
if(typeof data.reason !== "string"){
const err12 = {instancePath:instancePath+"/reason",schemaPath:"#/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.calendar !== undefined){
let data5 = data.calendar;
if((!(data5 && typeof data5 == "object" && !Array.isArray(data5))) && (data5 !== null)){
const err13 = {instancePath:instancePath+"/calendar",schemaPath:"#/properties/calendar/type",keyword:"type",params:{type: schema49.properties.calendar.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.id === undefined){
const err14 = {instancePath:instancePath+"/calendar",schemaPath:"#/properties/calendar/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.timezone === undefined){
const err15 = {instancePath:instancePath+"/calendar",schemaPath:"#/properties/calendar/required",keyword:"required",params:{missingProperty: "timezone"},message:"must have required property '"+"timezone"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "id") || (key1 === "timezone")) || (key1 === "versions"))){
const err16 = {instancePath:instancePath+"/calendar",schemaPath:"#/properties/calendar/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.id !== undefined){
if(typeof data5.id !== "string"){
const err17 = {instancePath:instancePath+"/calendar/id",schemaPath:"#/properties/calendar/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.timezone !== undefined){
if(typeof data5.timezone !== "string"){
const err18 = {instancePath:instancePath+"/calendar/timezone",schemaPath:"#/properties/calendar/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.versions !== undefined){
let data8 = data5.versions;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
if(typeof data8[i0] !== "string"){
const err19 = {instancePath:instancePath+"/calendar/versions/" + i0,schemaPath:"#/properties/calendar/properties/versions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
else {
const err20 = {instancePath:instancePath+"/calendar/versions",schemaPath:"#/properties/calendar/properties/versions/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
}
if(data.measurements !== undefined){
let data10 = data.measurements;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
if(!(validate22(data10[i1], {instancePath:instancePath+"/measurements/" + i1,parentData:data10,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err21 = {instancePath:instancePath+"/measurements",schemaPath:"#/properties/measurements/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
});
var validate20 = (function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schemaVersion"},message:"must have required property '"+"schemaVersion"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.generatedAt === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "generatedAt"},message:"must have required property '"+"generatedAt"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.now === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "now"},message:"must have required property '"+"now"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.organisation === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "organisation"},message:"must have required property '"+"organisation"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.data === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.summary === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.standards === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standards"},message:"must have required property '"+"standards"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
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
if(1 !== data.schemaVersion){
const err8 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};
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
const err9 = {instancePath:instancePath+"/generatedAt",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err10 = {instancePath:instancePath+"/generatedAt",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err11 = {instancePath:instancePath+"/now",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err12 = {instancePath:instancePath+"/now",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
if(typeof data.organisation !== "string"){
const err13 = {instancePath:instancePath+"/organisation",schemaPath:"#/properties/organisation/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err14 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data4.fetchedAt === undefined){
const err15 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: "fetchedAt"},message:"must have required property '"+"fetchedAt"+"'"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data4.tickets === undefined){
const err16 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: "tickets"},message:"must have required property '"+"tickets"+"'"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4.from === undefined){
const err17 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data4.to === undefined){
const err18 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data4.rejected === undefined){
const err19 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: "rejected"},message:"must have required property '"+"rejected"+"'"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key1 in data4){
if(!((((((((key1 === "source") || (key1 === "fetchedAt")) || (key1 === "tickets")) || (key1 === "from")) || (key1 === "to")) || (key1 === "rejected")) || (key1 === "scopeGaps")) || (key1 === "tieOut"))){
const err20 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
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
if(typeof data4.source !== "string"){
const err21 = {instancePath:instancePath+"/data/source",schemaPath:"#/properties/data/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err22 = {instancePath:instancePath+"/data/fetchedAt",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err23 = {instancePath:instancePath+"/data/fetchedAt",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err24 = {instancePath:instancePath+"/data/fetchedAt",schemaPath:"#/properties/data/properties/fetchedAt/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
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
const err25 = {instancePath:instancePath+"/data/fetchedAt",schemaPath:"#/properties/data/properties/fetchedAt/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
const err26 = {instancePath:instancePath+"/data/tickets",schemaPath:"#/properties/data/properties/tickets/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err27 = {instancePath:instancePath+"/data/tickets",schemaPath:"#/properties/data/properties/tickets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err28 = {instancePath:instancePath+"/data/from",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err29 = {instancePath:instancePath+"/data/from",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err30 = {instancePath:instancePath+"/data/from",schemaPath:"#/properties/data/properties/from/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
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
const err31 = {instancePath:instancePath+"/data/from",schemaPath:"#/properties/data/properties/from/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
const err32 = {instancePath:instancePath+"/data/to",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
const err33 = {instancePath:instancePath+"/data/to",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err34 = {instancePath:instancePath+"/data/to",schemaPath:"#/properties/data/properties/to/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null"};
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
const err35 = {instancePath:instancePath+"/data/to",schemaPath:"#/properties/data/properties/to/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
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
const err36 = {instancePath:instancePath+"/data/rejected/" + i0,schemaPath:"#/properties/data/properties/rejected/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data11.count === undefined){
const err37 = {instancePath:instancePath+"/data/rejected/" + i0,schemaPath:"#/properties/data/properties/rejected/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data11.examples === undefined){
const err38 = {instancePath:instancePath+"/data/rejected/" + i0,schemaPath:"#/properties/data/properties/rejected/items/required",keyword:"required",params:{missingProperty: "examples"},message:"must have required property '"+"examples"+"'"};
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
const err39 = {instancePath:instancePath+"/data/rejected/" + i0,schemaPath:"#/properties/data/properties/rejected/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
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
if(typeof data11.reason !== "string"){
const err40 = {instancePath:instancePath+"/data/rejected/" + i0+"/reason",schemaPath:"#/properties/data/properties/rejected/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err41 = {instancePath:instancePath+"/data/rejected/" + i0+"/count",schemaPath:"#/properties/data/properties/rejected/items/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err42 = {instancePath:instancePath+"/data/rejected/" + i0+"/count",schemaPath:"#/properties/data/properties/rejected/items/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
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
const err43 = {instancePath:instancePath+"/data/rejected/" + i0+"/examples",schemaPath:"#/properties/data/properties/rejected/items/properties/examples/maxItems",keyword:"maxItems",params:{limit: 5},message:"must NOT have more than 5 items"};
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
if(typeof data14[i1] !== "string"){
const err44 = {instancePath:instancePath+"/data/rejected/" + i0+"/examples/" + i1,schemaPath:"#/properties/data/properties/rejected/items/properties/examples/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err45 = {instancePath:instancePath+"/data/rejected/" + i0+"/examples",schemaPath:"#/properties/data/properties/rejected/items/properties/examples/type",keyword:"type",params:{type: "array"},message:"must be array"};
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
const err46 = {instancePath:instancePath+"/data/rejected/" + i0,schemaPath:"#/properties/data/properties/rejected/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err47 = {instancePath:instancePath+"/data/rejected",schemaPath:"#/properties/data/properties/rejected/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data4.scopeGaps !== undefined){
let data16 = data4.scopeGaps;
if(Array.isArray(data16)){
const len2 = data16.length;
for(let i2=0; i2<len2; i2++){
let data17 = data16[i2];
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.standard === undefined){
const err48 = {instancePath:instancePath+"/data/scopeGaps/" + i2,schemaPath:"#/properties/data/properties/scopeGaps/items/required",keyword:"required",params:{missingProperty: "standard"},message:"must have required property '"+"standard"+"'"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data17.field === undefined){
const err49 = {instancePath:instancePath+"/data/scopeGaps/" + i2,schemaPath:"#/properties/data/properties/scopeGaps/items/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data17.value === undefined){
const err50 = {instancePath:instancePath+"/data/scopeGaps/" + i2,schemaPath:"#/properties/data/properties/scopeGaps/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data17.message === undefined){
const err51 = {instancePath:instancePath+"/data/scopeGaps/" + i2,schemaPath:"#/properties/data/properties/scopeGaps/items/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
for(const key3 in data17){
if(!((((key3 === "standard") || (key3 === "field")) || (key3 === "value")) || (key3 === "message"))){
const err52 = {instancePath:instancePath+"/data/scopeGaps/" + i2,schemaPath:"#/properties/data/properties/scopeGaps/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data17.standard !== undefined){
if(typeof data17.standard !== "string"){
const err53 = {instancePath:instancePath+"/data/scopeGaps/" + i2+"/standard",schemaPath:"#/properties/data/properties/scopeGaps/items/properties/standard/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data17.field !== undefined){
let data19 = data17.field;
if(typeof data19 !== "string"){
const err54 = {instancePath:instancePath+"/data/scopeGaps/" + i2+"/field",schemaPath:"#/properties/data/properties/scopeGaps/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(!((((data19 === "category") || (data19 === "team")) || (data19 === "channel")) || (data19 === "tags"))){
const err55 = {instancePath:instancePath+"/data/scopeGaps/" + i2+"/field",schemaPath:"#/properties/data/properties/scopeGaps/items/properties/field/enum",keyword:"enum",params:{allowedValues: schema31.properties.data.properties.scopeGaps.items.properties.field.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data17.value !== undefined){
if(typeof data17.value !== "string"){
const err56 = {instancePath:instancePath+"/data/scopeGaps/" + i2+"/value",schemaPath:"#/properties/data/properties/scopeGaps/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data17.message !== undefined){
if(typeof data17.message !== "string"){
const err57 = {instancePath:instancePath+"/data/scopeGaps/" + i2+"/message",schemaPath:"#/properties/data/properties/scopeGaps/items/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
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
const err58 = {instancePath:instancePath+"/data/scopeGaps/" + i2,schemaPath:"#/properties/data/properties/scopeGaps/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err59 = {instancePath:instancePath+"/data/scopeGaps",schemaPath:"#/properties/data/properties/scopeGaps/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data4.tieOut !== undefined){
let data22 = data4.tieOut;
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
if(data22.against === undefined){
const err60 = {instancePath:instancePath+"/data/tieOut",schemaPath:"#/properties/data/properties/tieOut/required",keyword:"required",params:{missingProperty: "against"},message:"must have required property '"+"against"+"'"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data22.tickets === undefined){
const err61 = {instancePath:instancePath+"/data/tieOut",schemaPath:"#/properties/data/properties/tieOut/required",keyword:"required",params:{missingProperty: "tickets"},message:"must have required property '"+"tickets"+"'"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data22.toleranceMinutes === undefined){
const err62 = {instancePath:instancePath+"/data/tieOut",schemaPath:"#/properties/data/properties/tieOut/required",keyword:"required",params:{missingProperty: "toleranceMinutes"},message:"must have required property '"+"toleranceMinutes"+"'"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data22.metrics === undefined){
const err63 = {instancePath:instancePath+"/data/tieOut",schemaPath:"#/properties/data/properties/tieOut/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data22.disagreements === undefined){
const err64 = {instancePath:instancePath+"/data/tieOut",schemaPath:"#/properties/data/properties/tieOut/required",keyword:"required",params:{missingProperty: "disagreements"},message:"must have required property '"+"disagreements"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
for(const key4 in data22){
if(!(((((key4 === "against") || (key4 === "tickets")) || (key4 === "toleranceMinutes")) || (key4 === "metrics")) || (key4 === "disagreements"))){
const err65 = {instancePath:instancePath+"/data/tieOut",schemaPath:"#/properties/data/properties/tieOut/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data22.against !== undefined){
if(typeof data22.against !== "string"){
const err66 = {instancePath:instancePath+"/data/tieOut/against",schemaPath:"#/properties/data/properties/tieOut/properties/against/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data22.tickets !== undefined){
let data24 = data22.tickets;
if(!(((typeof data24 == "number") && (!(data24 % 1) && !isNaN(data24))) && (isFinite(data24)))){
const err67 = {instancePath:instancePath+"/data/tieOut/tickets",schemaPath:"#/properties/data/properties/tieOut/properties/tickets/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
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
const err68 = {instancePath:instancePath+"/data/tieOut/tickets",schemaPath:"#/properties/data/properties/tieOut/properties/tickets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data22.toleranceMinutes !== undefined){
let data25 = data22.toleranceMinutes;
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 < 0 || isNaN(data25)){
const err69 = {instancePath:instancePath+"/data/tieOut/toleranceMinutes",schemaPath:"#/properties/data/properties/tieOut/properties/toleranceMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
const err70 = {instancePath:instancePath+"/data/tieOut/toleranceMinutes",schemaPath:"#/properties/data/properties/tieOut/properties/toleranceMinutes/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data22.metrics !== undefined){
let data26 = data22.metrics;
if(Array.isArray(data26)){
const len3 = data26.length;
for(let i3=0; i3<len3; i3++){
let data27 = data26[i3];
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.metric === undefined){
const err71 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3,schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data27.agree === undefined){
const err72 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3,schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/required",keyword:"required",params:{missingProperty: "agree"},message:"must have required property '"+"agree"+"'"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data27.disagree === undefined){
const err73 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3,schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/required",keyword:"required",params:{missingProperty: "disagree"},message:"must have required property '"+"disagree"+"'"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
for(const key5 in data27){
if(!((((key5 === "metric") || (key5 === "agree")) || (key5 === "disagree")) || (key5 === "reasons"))){
const err74 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3,schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data27.metric !== undefined){
let data28 = data27.metric;
if(typeof data28 !== "string"){
const err75 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3+"/metric",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(!((data28 === "first_response_time") || (data28 === "full_resolution_time"))){
const err76 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3+"/metric",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/metric/enum",keyword:"enum",params:{allowedValues: schema31.properties.data.properties.tieOut.properties.metrics.items.properties.metric.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
if(data27.agree !== undefined){
let data29 = data27.agree;
if(!(((typeof data29 == "number") && (!(data29 % 1) && !isNaN(data29))) && (isFinite(data29)))){
const err77 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3+"/agree",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/agree/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 < 0 || isNaN(data29)){
const err78 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3+"/agree",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/agree/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data27.disagree !== undefined){
let data30 = data27.disagree;
if(!(((typeof data30 == "number") && (!(data30 % 1) && !isNaN(data30))) && (isFinite(data30)))){
const err79 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3+"/disagree",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/disagree/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 0 || isNaN(data30)){
const err80 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3+"/disagree",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/disagree/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data27.reasons !== undefined){
let data31 = data27.reasons;
if(Array.isArray(data31)){
const len4 = data31.length;
for(let i4=0; i4<len4; i4++){
let data32 = data31[i4];
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
if(data32.reason === undefined){
const err81 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3+"/reasons/" + i4,schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/reasons/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data32.kind === undefined){
const err82 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3+"/reasons/" + i4,schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/reasons/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data32.count === undefined){
const err83 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3+"/reasons/" + i4,schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/reasons/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
for(const key6 in data32){
if(!(((key6 === "reason") || (key6 === "kind")) || (key6 === "count"))){
const err84 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3+"/reasons/" + i4,schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/reasons/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
if(data32.reason !== undefined){
let data33 = data32.reason;
if(typeof data33 !== "string"){
const err85 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3+"/reasons/" + i4+"/reason",schemaPath:"#/$defs/tieOutReason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(!((((data33 === "reopened-open-now") || (data33 === "helpdesk-has-none")) || (data33 === "we-have-none")) || (data33 === "different-times"))){
const err86 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3+"/reasons/" + i4+"/reason",schemaPath:"#/$defs/tieOutReason/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data32.kind !== undefined){
let data34 = data32.kind;
if(typeof data34 !== "string"){
const err87 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3+"/reasons/" + i4+"/kind",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/reasons/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(!((data34 === "definition") || (data34 === "unexplained"))){
const err88 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3+"/reasons/" + i4+"/kind",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/reasons/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.data.properties.tieOut.properties.metrics.items.properties.reasons.items.properties.kind.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
}
if(data32.count !== undefined){
let data35 = data32.count;
if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){
const err89 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3+"/reasons/" + i4+"/count",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/reasons/items/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 < 1 || isNaN(data35)){
const err90 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3+"/reasons/" + i4+"/count",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/reasons/items/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
}
else {
const err91 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3+"/reasons/" + i4,schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/reasons/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
else {
const err92 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3+"/reasons",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/properties/reasons/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
}
else {
const err93 = {instancePath:instancePath+"/data/tieOut/metrics/" + i3,schemaPath:"#/properties/data/properties/tieOut/properties/metrics/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err94 = {instancePath:instancePath+"/data/tieOut/metrics",schemaPath:"#/properties/data/properties/tieOut/properties/metrics/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
if(data22.disagreements !== undefined){
let data36 = data22.disagreements;
if(Array.isArray(data36)){
const len5 = data36.length;
for(let i5=0; i5<len5; i5++){
let data37 = data36[i5];
if(data37 && typeof data37 == "object" && !Array.isArray(data37)){
if(data37.ticket === undefined){
const err95 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i5,schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/items/required",keyword:"required",params:{missingProperty: "ticket"},message:"must have required property '"+"ticket"+"'"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data37.metric === undefined){
const err96 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i5,schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if(data37.ours === undefined){
const err97 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i5,schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/items/required",keyword:"required",params:{missingProperty: "ours"},message:"must have required property '"+"ours"+"'"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data37.theirs === undefined){
const err98 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i5,schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/items/required",keyword:"required",params:{missingProperty: "theirs"},message:"must have required property '"+"theirs"+"'"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
for(const key7 in data37){
if(!(((((key7 === "ticket") || (key7 === "reason")) || (key7 === "metric")) || (key7 === "ours")) || (key7 === "theirs"))){
const err99 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i5,schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
if(data37.ticket !== undefined){
if(typeof data37.ticket !== "string"){
const err100 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i5+"/ticket",schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/items/properties/ticket/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data37.reason !== undefined){
let data39 = data37.reason;
if(typeof data39 !== "string"){
const err101 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i5+"/reason",schemaPath:"#/$defs/tieOutReason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(!((((data39 === "reopened-open-now") || (data39 === "helpdesk-has-none")) || (data39 === "we-have-none")) || (data39 === "different-times"))){
const err102 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i5+"/reason",schemaPath:"#/$defs/tieOutReason/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
if(data37.metric !== undefined){
let data40 = data37.metric;
if(typeof data40 !== "string"){
const err103 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i5+"/metric",schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
if(!((data40 === "first_response_time") || (data40 === "full_resolution_time"))){
const err104 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i5+"/metric",schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/items/properties/metric/enum",keyword:"enum",params:{allowedValues: schema31.properties.data.properties.tieOut.properties.disagreements.items.properties.metric.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data37.ours !== undefined){
let data41 = data37.ours;
if((!((typeof data41 == "number") && (isFinite(data41)))) && (data41 !== null)){
const err105 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i5+"/ours",schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/items/properties/ours/type",keyword:"type",params:{type: schema31.properties.data.properties.tieOut.properties.disagreements.items.properties.ours.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data37.theirs !== undefined){
let data42 = data37.theirs;
if((!((typeof data42 == "number") && (isFinite(data42)))) && (data42 !== null)){
const err106 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i5+"/theirs",schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/items/properties/theirs/type",keyword:"type",params:{type: schema31.properties.data.properties.tieOut.properties.disagreements.items.properties.theirs.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/data/tieOut/disagreements/" + i5,schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err108 = {instancePath:instancePath+"/data/tieOut/disagreements",schemaPath:"#/properties/data/properties/tieOut/properties/disagreements/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/data/tieOut",schemaPath:"#/properties/data/properties/tieOut/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err110 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data.qa !== undefined){
let data43 = data.qa;
if(data43 && typeof data43 == "object" && !Array.isArray(data43)){
if(data43.scorecards === undefined){
const err111 = {instancePath:instancePath+"/qa",schemaPath:"#/properties/qa/required",keyword:"required",params:{missingProperty: "scorecards"},message:"must have required property '"+"scorecards"+"'"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
for(const key8 in data43){
if(!(key8 === "scorecards")){
const err112 = {instancePath:instancePath+"/qa",schemaPath:"#/properties/qa/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
if(data43.scorecards !== undefined){
let data44 = data43.scorecards;
if(Array.isArray(data44)){
const len6 = data44.length;
for(let i6=0; i6<len6; i6++){
let data45 = data44[i6];
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
if(data45.scorecard === undefined){
const err113 = {instancePath:instancePath+"/qa/scorecards/" + i6,schemaPath:"#/properties/qa/properties/scorecards/items/required",keyword:"required",params:{missingProperty: "scorecard"},message:"must have required property '"+"scorecard"+"'"};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
if(data45.reviews === undefined){
const err114 = {instancePath:instancePath+"/qa/scorecards/" + i6,schemaPath:"#/properties/qa/properties/scorecards/items/required",keyword:"required",params:{missingProperty: "reviews"},message:"must have required property '"+"reviews"+"'"};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(data45.waiting === undefined){
const err115 = {instancePath:instancePath+"/qa/scorecards/" + i6,schemaPath:"#/properties/qa/properties/scorecards/items/required",keyword:"required",params:{missingProperty: "waiting"},message:"must have required property '"+"waiting"+"'"};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
if(data45.notCounted === undefined){
const err116 = {instancePath:instancePath+"/qa/scorecards/" + i6,schemaPath:"#/properties/qa/properties/scorecards/items/required",keyword:"required",params:{missingProperty: "notCounted"},message:"must have required property '"+"notCounted"+"'"};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
if(data45.calibration === undefined){
const err117 = {instancePath:instancePath+"/qa/scorecards/" + i6,schemaPath:"#/properties/qa/properties/scorecards/items/required",keyword:"required",params:{missingProperty: "calibration"},message:"must have required property '"+"calibration"+"'"};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
for(const key9 in data45){
if(!(((((key9 === "scorecard") || (key9 === "reviews")) || (key9 === "waiting")) || (key9 === "notCounted")) || (key9 === "calibration"))){
const err118 = {instancePath:instancePath+"/qa/scorecards/" + i6,schemaPath:"#/properties/qa/properties/scorecards/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
if(data45.scorecard !== undefined){
if(typeof data45.scorecard !== "string"){
const err119 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/scorecard",schemaPath:"#/properties/qa/properties/scorecards/items/properties/scorecard/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data45.reviews !== undefined){
let data47 = data45.reviews;
if(!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))){
const err120 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/reviews",schemaPath:"#/properties/qa/properties/scorecards/items/properties/reviews/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 < 0 || isNaN(data47)){
const err121 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/reviews",schemaPath:"#/properties/qa/properties/scorecards/items/properties/reviews/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
if(data45.waiting !== undefined){
let data48 = data45.waiting;
if(!(((typeof data48 == "number") && (!(data48 % 1) && !isNaN(data48))) && (isFinite(data48)))){
const err122 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/waiting",schemaPath:"#/properties/qa/properties/scorecards/items/properties/waiting/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 < 0 || isNaN(data48)){
const err123 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/waiting",schemaPath:"#/properties/qa/properties/scorecards/items/properties/waiting/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data45.notCounted !== undefined){
let data49 = data45.notCounted;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(data49.count === undefined){
const err124 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/notCounted",schemaPath:"#/properties/qa/properties/scorecards/items/properties/notCounted/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
if(data49.examples === undefined){
const err125 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/notCounted",schemaPath:"#/properties/qa/properties/scorecards/items/properties/notCounted/required",keyword:"required",params:{missingProperty: "examples"},message:"must have required property '"+"examples"+"'"};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
for(const key10 in data49){
if(!((key10 === "count") || (key10 === "examples"))){
const err126 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/notCounted",schemaPath:"#/properties/qa/properties/scorecards/items/properties/notCounted/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data49.count !== undefined){
let data50 = data49.count;
if(!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))){
const err127 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/notCounted/count",schemaPath:"#/properties/qa/properties/scorecards/items/properties/notCounted/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
if((typeof data50 == "number") && (isFinite(data50))){
if(data50 < 0 || isNaN(data50)){
const err128 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/notCounted/count",schemaPath:"#/properties/qa/properties/scorecards/items/properties/notCounted/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
if(data49.examples !== undefined){
let data51 = data49.examples;
if(Array.isArray(data51)){
if(data51.length > 5){
const err129 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/notCounted/examples",schemaPath:"#/properties/qa/properties/scorecards/items/properties/notCounted/properties/examples/maxItems",keyword:"maxItems",params:{limit: 5},message:"must NOT have more than 5 items"};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
const len7 = data51.length;
for(let i7=0; i7<len7; i7++){
if(typeof data51[i7] !== "string"){
const err130 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/notCounted/examples/" + i7,schemaPath:"#/properties/qa/properties/scorecards/items/properties/notCounted/properties/examples/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
else {
const err131 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/notCounted/examples",schemaPath:"#/properties/qa/properties/scorecards/items/properties/notCounted/properties/examples/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
}
else {
const err132 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/notCounted",schemaPath:"#/properties/qa/properties/scorecards/items/properties/notCounted/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
if(data45.calibration !== undefined){
let data53 = data45.calibration;
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.from === undefined){
const err133 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration",schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
if(data53.to === undefined){
const err134 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration",schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
if(data53.tickets === undefined){
const err135 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration",schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/required",keyword:"required",params:{missingProperty: "tickets"},message:"must have required property '"+"tickets"+"'"};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
if(data53.behaviours === undefined){
const err136 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration",schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/required",keyword:"required",params:{missingProperty: "behaviours"},message:"must have required property '"+"behaviours"+"'"};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
for(const key11 in data53){
if(!((((key11 === "from") || (key11 === "to")) || (key11 === "tickets")) || (key11 === "behaviours"))){
const err137 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration",schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
if(data53.from !== undefined){
let data54 = data53.from;
if(typeof data54 === "string"){
if(!(formats0.validate(data54))){
const err138 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration/from",schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/properties/from/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
else {
const err139 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration/from",schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data53.to !== undefined){
let data55 = data53.to;
if(typeof data55 === "string"){
if(!(formats0.validate(data55))){
const err140 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration/to",schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/properties/to/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
else {
const err141 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration/to",schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data53.tickets !== undefined){
let data56 = data53.tickets;
if(!(((typeof data56 == "number") && (!(data56 % 1) && !isNaN(data56))) && (isFinite(data56)))){
const err142 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration/tickets",schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/properties/tickets/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
if((typeof data56 == "number") && (isFinite(data56))){
if(data56 < 0 || isNaN(data56)){
const err143 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration/tickets",schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/properties/tickets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
}
if(data53.behaviours !== undefined){
let data57 = data53.behaviours;
if(Array.isArray(data57)){
const len8 = data57.length;
for(let i8=0; i8<len8; i8++){
let data58 = data57[i8];
if(data58 && typeof data58 == "object" && !Array.isArray(data58)){
if(data58.id === undefined){
const err144 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration/behaviours/" + i8,schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/properties/behaviours/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if(data58.title === undefined){
const err145 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration/behaviours/" + i8,schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/properties/behaviours/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
if(data58.pairs === undefined){
const err146 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration/behaviours/" + i8,schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/properties/behaviours/items/required",keyword:"required",params:{missingProperty: "pairs"},message:"must have required property '"+"pairs"+"'"};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if(data58.agreed === undefined){
const err147 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration/behaviours/" + i8,schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/properties/behaviours/items/required",keyword:"required",params:{missingProperty: "agreed"},message:"must have required property '"+"agreed"+"'"};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if(data58.agreement === undefined){
const err148 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration/behaviours/" + i8,schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/properties/behaviours/items/required",keyword:"required",params:{missingProperty: "agreement"},message:"must have required property '"+"agreement"+"'"};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
for(const key12 in data58){
if(!(((((key12 === "id") || (key12 === "title")) || (key12 === "pairs")) || (key12 === "agreed")) || (key12 === "agreement"))){
const err149 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration/behaviours/" + i8,schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/properties/behaviours/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data58.id !== undefined){
if(typeof data58.id !== "string"){
const err150 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration/behaviours/" + i8+"/id",schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/properties/behaviours/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
}
if(data58.title !== undefined){
if(typeof data58.title !== "string"){
const err151 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration/behaviours/" + i8+"/title",schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/properties/behaviours/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
if(data58.pairs !== undefined){
let data61 = data58.pairs;
if(!(((typeof data61 == "number") && (!(data61 % 1) && !isNaN(data61))) && (isFinite(data61)))){
const err152 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration/behaviours/" + i8+"/pairs",schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/properties/behaviours/items/properties/pairs/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
if((typeof data61 == "number") && (isFinite(data61))){
if(data61 < 0 || isNaN(data61)){
const err153 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration/behaviours/" + i8+"/pairs",schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/properties/behaviours/items/properties/pairs/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data58.agreed !== undefined){
let data62 = data58.agreed;
if(!(((typeof data62 == "number") && (!(data62 % 1) && !isNaN(data62))) && (isFinite(data62)))){
const err154 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration/behaviours/" + i8+"/agreed",schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/properties/behaviours/items/properties/agreed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 < 0 || isNaN(data62)){
const err155 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration/behaviours/" + i8+"/agreed",schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/properties/behaviours/items/properties/agreed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data58.agreement !== undefined){
let data63 = data58.agreement;
if((!((typeof data63 == "number") && (isFinite(data63)))) && (data63 !== null)){
const err156 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration/behaviours/" + i8+"/agreement",schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/properties/behaviours/items/properties/agreement/type",keyword:"type",params:{type: schema31.properties.qa.properties.scorecards.items.properties.calibration.properties.behaviours.items.properties.agreement.type},message:"must be number,null"};
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
else {
const err157 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration/behaviours/" + i8,schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/properties/behaviours/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err158 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration/behaviours",schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/properties/behaviours/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
else {
const err159 = {instancePath:instancePath+"/qa/scorecards/" + i6+"/calibration",schemaPath:"#/properties/qa/properties/scorecards/items/properties/calibration/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
else {
const err160 = {instancePath:instancePath+"/qa/scorecards/" + i6,schemaPath:"#/properties/qa/properties/scorecards/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
else {
const err161 = {instancePath:instancePath+"/qa/scorecards",schemaPath:"#/properties/qa/properties/scorecards/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
}
else {
const err162 = {instancePath:instancePath+"/qa",schemaPath:"#/properties/qa/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data.acknowledgements !== undefined){
let data64 = data.acknowledgements;
if(Array.isArray(data64)){
const len9 = data64.length;
for(let i9=0; i9<len9; i9++){
let data65 = data64[i9];
if(data65 && typeof data65 == "object" && !Array.isArray(data65)){
if(data65.sop === undefined){
const err163 = {instancePath:instancePath+"/acknowledgements/" + i9,schemaPath:"#/properties/acknowledgements/items/required",keyword:"required",params:{missingProperty: "sop"},message:"must have required property '"+"sop"+"'"};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
if(data65.version === undefined){
const err164 = {instancePath:instancePath+"/acknowledgements/" + i9,schemaPath:"#/properties/acknowledgements/items/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
if(data65.published === undefined){
const err165 = {instancePath:instancePath+"/acknowledgements/" + i9,schemaPath:"#/properties/acknowledgements/items/required",keyword:"required",params:{missingProperty: "published"},message:"must have required property '"+"published"+"'"};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if(data65.followers === undefined){
const err166 = {instancePath:instancePath+"/acknowledgements/" + i9,schemaPath:"#/properties/acknowledgements/items/required",keyword:"required",params:{missingProperty: "followers"},message:"must have required property '"+"followers"+"'"};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
if(data65.acknowledged === undefined){
const err167 = {instancePath:instancePath+"/acknowledgements/" + i9,schemaPath:"#/properties/acknowledgements/items/required",keyword:"required",params:{missingProperty: "acknowledged"},message:"must have required property '"+"acknowledged"+"'"};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
if(data65.teams === undefined){
const err168 = {instancePath:instancePath+"/acknowledgements/" + i9,schemaPath:"#/properties/acknowledgements/items/required",keyword:"required",params:{missingProperty: "teams"},message:"must have required property '"+"teams"+"'"};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
for(const key13 in data65){
if(!((((((key13 === "sop") || (key13 === "version")) || (key13 === "published")) || (key13 === "followers")) || (key13 === "acknowledged")) || (key13 === "teams"))){
const err169 = {instancePath:instancePath+"/acknowledgements/" + i9,schemaPath:"#/properties/acknowledgements/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
if(data65.sop !== undefined){
if(typeof data65.sop !== "string"){
const err170 = {instancePath:instancePath+"/acknowledgements/" + i9+"/sop",schemaPath:"#/properties/acknowledgements/items/properties/sop/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data65.version !== undefined){
let data67 = data65.version;
if(!(((typeof data67 == "number") && (!(data67 % 1) && !isNaN(data67))) && (isFinite(data67)))){
const err171 = {instancePath:instancePath+"/acknowledgements/" + i9+"/version",schemaPath:"#/properties/acknowledgements/items/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if((typeof data67 == "number") && (isFinite(data67))){
if(data67 < 1 || isNaN(data67)){
const err172 = {instancePath:instancePath+"/acknowledgements/" + i9+"/version",schemaPath:"#/properties/acknowledgements/items/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
}
if(data65.published !== undefined){
let data68 = data65.published;
if((typeof data68 !== "string") && (data68 !== null)){
const err173 = {instancePath:instancePath+"/acknowledgements/" + i9+"/published",schemaPath:"#/properties/acknowledgements/items/properties/published/type",keyword:"type",params:{type: schema31.properties.acknowledgements.items.properties.published.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(typeof data68 === "string"){
if(!(formats0.validate(data68))){
const err174 = {instancePath:instancePath+"/acknowledgements/" + i9+"/published",schemaPath:"#/properties/acknowledgements/items/properties/published/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
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
if(data65.followers !== undefined){
let data69 = data65.followers;
if(!(((typeof data69 == "number") && (!(data69 % 1) && !isNaN(data69))) && (isFinite(data69)))){
const err175 = {instancePath:instancePath+"/acknowledgements/" + i9+"/followers",schemaPath:"#/properties/acknowledgements/items/properties/followers/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
if((typeof data69 == "number") && (isFinite(data69))){
if(data69 < 0 || isNaN(data69)){
const err176 = {instancePath:instancePath+"/acknowledgements/" + i9+"/followers",schemaPath:"#/properties/acknowledgements/items/properties/followers/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
}
if(data65.acknowledged !== undefined){
let data70 = data65.acknowledged;
if(!(((typeof data70 == "number") && (!(data70 % 1) && !isNaN(data70))) && (isFinite(data70)))){
const err177 = {instancePath:instancePath+"/acknowledgements/" + i9+"/acknowledged",schemaPath:"#/properties/acknowledgements/items/properties/acknowledged/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
if((typeof data70 == "number") && (isFinite(data70))){
if(data70 < 0 || isNaN(data70)){
const err178 = {instancePath:instancePath+"/acknowledgements/" + i9+"/acknowledged",schemaPath:"#/properties/acknowledgements/items/properties/acknowledged/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data65.teams !== undefined){
let data71 = data65.teams;
if(Array.isArray(data71)){
const len10 = data71.length;
for(let i10=0; i10<len10; i10++){
let data72 = data71[i10];
if(data72 && typeof data72 == "object" && !Array.isArray(data72)){
if(data72.team === undefined){
const err179 = {instancePath:instancePath+"/acknowledgements/" + i9+"/teams/" + i10,schemaPath:"#/properties/acknowledgements/items/properties/teams/items/required",keyword:"required",params:{missingProperty: "team"},message:"must have required property '"+"team"+"'"};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
if(data72.members === undefined){
const err180 = {instancePath:instancePath+"/acknowledgements/" + i9+"/teams/" + i10,schemaPath:"#/properties/acknowledgements/items/properties/teams/items/required",keyword:"required",params:{missingProperty: "members"},message:"must have required property '"+"members"+"'"};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if(data72.acknowledged === undefined){
const err181 = {instancePath:instancePath+"/acknowledgements/" + i9+"/teams/" + i10,schemaPath:"#/properties/acknowledgements/items/properties/teams/items/required",keyword:"required",params:{missingProperty: "acknowledged"},message:"must have required property '"+"acknowledged"+"'"};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
for(const key14 in data72){
if(!(((key14 === "team") || (key14 === "members")) || (key14 === "acknowledged"))){
const err182 = {instancePath:instancePath+"/acknowledgements/" + i9+"/teams/" + i10,schemaPath:"#/properties/acknowledgements/items/properties/teams/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data72.team !== undefined){
if(typeof data72.team !== "string"){
const err183 = {instancePath:instancePath+"/acknowledgements/" + i9+"/teams/" + i10+"/team",schemaPath:"#/properties/acknowledgements/items/properties/teams/items/properties/team/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
}
if(data72.members !== undefined){
let data74 = data72.members;
if(!(((typeof data74 == "number") && (!(data74 % 1) && !isNaN(data74))) && (isFinite(data74)))){
const err184 = {instancePath:instancePath+"/acknowledgements/" + i9+"/teams/" + i10+"/members",schemaPath:"#/properties/acknowledgements/items/properties/teams/items/properties/members/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
if((typeof data74 == "number") && (isFinite(data74))){
if(data74 < 0 || isNaN(data74)){
const err185 = {instancePath:instancePath+"/acknowledgements/" + i9+"/teams/" + i10+"/members",schemaPath:"#/properties/acknowledgements/items/properties/teams/items/properties/members/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
}
if(data72.acknowledged !== undefined){
let data75 = data72.acknowledged;
if(!(((typeof data75 == "number") && (!(data75 % 1) && !isNaN(data75))) && (isFinite(data75)))){
const err186 = {instancePath:instancePath+"/acknowledgements/" + i9+"/teams/" + i10+"/acknowledged",schemaPath:"#/properties/acknowledgements/items/properties/teams/items/properties/acknowledged/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if((typeof data75 == "number") && (isFinite(data75))){
if(data75 < 0 || isNaN(data75)){
const err187 = {instancePath:instancePath+"/acknowledgements/" + i9+"/teams/" + i10+"/acknowledged",schemaPath:"#/properties/acknowledgements/items/properties/teams/items/properties/acknowledged/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err188 = {instancePath:instancePath+"/acknowledgements/" + i9+"/teams/" + i10,schemaPath:"#/properties/acknowledgements/items/properties/teams/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
}
else {
const err189 = {instancePath:instancePath+"/acknowledgements/" + i9+"/teams",schemaPath:"#/properties/acknowledgements/items/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
}
}
else {
const err190 = {instancePath:instancePath+"/acknowledgements/" + i9,schemaPath:"#/properties/acknowledgements/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
}
else {
const err191 = {instancePath:instancePath+"/acknowledgements",schemaPath:"#/properties/acknowledgements/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
if(data.summary !== undefined){
let data76 = data.summary;
if(data76 && typeof data76 == "object" && !Array.isArray(data76)){
if(data76.met === undefined){
const err192 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "met"},message:"must have required property '"+"met"+"'"};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
if(data76["at-risk"] === undefined){
const err193 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "at-risk"},message:"must have required property '"+"at-risk"+"'"};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
if(data76.breached === undefined){
const err194 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "breached"},message:"must have required property '"+"breached"+"'"};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
if(data76["no-data"] === undefined){
const err195 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/required",keyword:"required",params:{missingProperty: "no-data"},message:"must have required property '"+"no-data"+"'"};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
for(const key15 in data76){
if(!((((key15 === "met") || (key15 === "at-risk")) || (key15 === "breached")) || (key15 === "no-data"))){
const err196 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
if(data76.met !== undefined){
let data77 = data76.met;
if(!(((typeof data77 == "number") && (!(data77 % 1) && !isNaN(data77))) && (isFinite(data77)))){
const err197 = {instancePath:instancePath+"/summary/met",schemaPath:"#/properties/summary/properties/met/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
if((typeof data77 == "number") && (isFinite(data77))){
if(data77 < 0 || isNaN(data77)){
const err198 = {instancePath:instancePath+"/summary/met",schemaPath:"#/properties/summary/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data76["at-risk"] !== undefined){
let data78 = data76["at-risk"];
if(!(((typeof data78 == "number") && (!(data78 % 1) && !isNaN(data78))) && (isFinite(data78)))){
const err199 = {instancePath:instancePath+"/summary/at-risk",schemaPath:"#/properties/summary/properties/at-risk/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
if((typeof data78 == "number") && (isFinite(data78))){
if(data78 < 0 || isNaN(data78)){
const err200 = {instancePath:instancePath+"/summary/at-risk",schemaPath:"#/properties/summary/properties/at-risk/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data76.breached !== undefined){
let data79 = data76.breached;
if(!(((typeof data79 == "number") && (!(data79 % 1) && !isNaN(data79))) && (isFinite(data79)))){
const err201 = {instancePath:instancePath+"/summary/breached",schemaPath:"#/properties/summary/properties/breached/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
if((typeof data79 == "number") && (isFinite(data79))){
if(data79 < 0 || isNaN(data79)){
const err202 = {instancePath:instancePath+"/summary/breached",schemaPath:"#/properties/summary/properties/breached/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
}
if(data76["no-data"] !== undefined){
let data80 = data76["no-data"];
if(!(((typeof data80 == "number") && (!(data80 % 1) && !isNaN(data80))) && (isFinite(data80)))){
const err203 = {instancePath:instancePath+"/summary/no-data",schemaPath:"#/properties/summary/properties/no-data/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
if((typeof data80 == "number") && (isFinite(data80))){
if(data80 < 0 || isNaN(data80)){
const err204 = {instancePath:instancePath+"/summary/no-data",schemaPath:"#/properties/summary/properties/no-data/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
}
else {
const err205 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
if(data.standards !== undefined){
let data81 = data.standards;
if(Array.isArray(data81)){
const len11 = data81.length;
for(let i11=0; i11<len11; i11++){
let data82 = data81[i11];
if(data82 && typeof data82 == "object" && !Array.isArray(data82)){
if(data82.id === undefined){
const err206 = {instancePath:instancePath+"/standards/" + i11,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
if(data82.title === undefined){
const err207 = {instancePath:instancePath+"/standards/" + i11,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
if(data82.metric === undefined){
const err208 = {instancePath:instancePath+"/standards/" + i11,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
if(data82.dimension === undefined){
const err209 = {instancePath:instancePath+"/standards/" + i11,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "dimension"},message:"must have required property '"+"dimension"+"'"};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
if(data82.owner === undefined){
const err210 = {instancePath:instancePath+"/standards/" + i11,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "owner"},message:"must have required property '"+"owner"+"'"};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
if(data82.status === undefined){
const err211 = {instancePath:instancePath+"/standards/" + i11,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'"};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
if(data82.window === undefined){
const err212 = {instancePath:instancePath+"/standards/" + i11,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "window"},message:"must have required property '"+"window"+"'"};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
if(data82.count === undefined){
const err213 = {instancePath:instancePath+"/standards/" + i11,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
}
if(data82.met === undefined){
const err214 = {instancePath:instancePath+"/standards/" + i11,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "met"},message:"must have required property '"+"met"+"'"};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
if(data82.value === undefined){
const err215 = {instancePath:instancePath+"/standards/" + i11,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
if(data82.goal === undefined){
const err216 = {instancePath:instancePath+"/standards/" + i11,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "goal"},message:"must have required property '"+"goal"+"'"};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
if(data82.errorBudget === undefined){
const err217 = {instancePath:instancePath+"/standards/" + i11,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "errorBudget"},message:"must have required property '"+"errorBudget"+"'"};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
if(data82.pending === undefined){
const err218 = {instancePath:instancePath+"/standards/" + i11,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "pending"},message:"must have required property '"+"pending"+"'"};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
if(data82.excluded === undefined){
const err219 = {instancePath:instancePath+"/standards/" + i11,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "excluded"},message:"must have required property '"+"excluded"+"'"};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
if(data82.series === undefined){
const err220 = {instancePath:instancePath+"/standards/" + i11,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "series"},message:"must have required property '"+"series"+"'"};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
if(data82.breakdown === undefined){
const err221 = {instancePath:instancePath+"/standards/" + i11,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "breakdown"},message:"must have required property '"+"breakdown"+"'"};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
if(data82.worst === undefined){
const err222 = {instancePath:instancePath+"/standards/" + i11,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "worst"},message:"must have required property '"+"worst"+"'"};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
if(data82.statement === undefined){
const err223 = {instancePath:instancePath+"/standards/" + i11,schemaPath:"#/properties/standards/items/required",keyword:"required",params:{missingProperty: "statement"},message:"must have required property '"+"statement"+"'"};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
for(const key16 in data82){
if(!(func1.call(schema31.properties.standards.items.properties, key16))){
const err224 = {instancePath:instancePath+"/standards/" + i11,schemaPath:"#/properties/standards/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
if(data82.id !== undefined){
if(typeof data82.id !== "string"){
const err225 = {instancePath:instancePath+"/standards/" + i11+"/id",schemaPath:"#/properties/standards/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
if(data82.title !== undefined){
if(typeof data82.title !== "string"){
const err226 = {instancePath:instancePath+"/standards/" + i11+"/title",schemaPath:"#/properties/standards/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
}
if(data82.metric !== undefined){
if(typeof data82.metric !== "string"){
const err227 = {instancePath:instancePath+"/standards/" + i11+"/metric",schemaPath:"#/properties/standards/items/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
if(data82.dimension !== undefined){
if(typeof data82.dimension !== "string"){
const err228 = {instancePath:instancePath+"/standards/" + i11+"/dimension",schemaPath:"#/properties/standards/items/properties/dimension/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
if(data82.owner !== undefined){
if(typeof data82.owner !== "string"){
const err229 = {instancePath:instancePath+"/standards/" + i11+"/owner",schemaPath:"#/properties/standards/items/properties/owner/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
if(data82.calendar !== undefined){
let data88 = data82.calendar;
if((typeof data88 !== "string") && (data88 !== null)){
const err230 = {instancePath:instancePath+"/standards/" + i11+"/calendar",schemaPath:"#/properties/standards/items/properties/calendar/type",keyword:"type",params:{type: schema31.properties.standards.items.properties.calendar.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data82.status !== undefined){
let data89 = data82.status;
if(typeof data89 !== "string"){
const err231 = {instancePath:instancePath+"/standards/" + i11+"/status",schemaPath:"#/$defs/status/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
if(!((((data89 === "met") || (data89 === "at-risk")) || (data89 === "breached")) || (data89 === "no-data"))){
const err232 = {instancePath:instancePath+"/standards/" + i11+"/status",schemaPath:"#/$defs/status/enum",keyword:"enum",params:{allowedValues: schema39.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
}
if(data82.window !== undefined){
let data90 = data82.window;
if(data90 && typeof data90 == "object" && !Array.isArray(data90)){
if(data90.spec === undefined){
const err233 = {instancePath:instancePath+"/standards/" + i11+"/window",schemaPath:"#/properties/standards/items/properties/window/required",keyword:"required",params:{missingProperty: "spec"},message:"must have required property '"+"spec"+"'"};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
if(data90.from === undefined){
const err234 = {instancePath:instancePath+"/standards/" + i11+"/window",schemaPath:"#/properties/standards/items/properties/window/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
if(data90.to === undefined){
const err235 = {instancePath:instancePath+"/standards/" + i11+"/window",schemaPath:"#/properties/standards/items/properties/window/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
for(const key17 in data90){
if(!((((key17 === "spec") || (key17 === "from")) || (key17 === "to")) || (key17 === "versions"))){
const err236 = {instancePath:instancePath+"/standards/" + i11+"/window",schemaPath:"#/properties/standards/items/properties/window/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
if(data90.spec !== undefined){
if(typeof data90.spec !== "string"){
const err237 = {instancePath:instancePath+"/standards/" + i11+"/window/spec",schemaPath:"#/properties/standards/items/properties/window/properties/spec/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data90.from !== undefined){
let data92 = data90.from;
if(typeof data92 === "string"){
if(!(formats0.validate(data92))){
const err238 = {instancePath:instancePath+"/standards/" + i11+"/window/from",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
}
else {
const err239 = {instancePath:instancePath+"/standards/" + i11+"/window/from",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
if(data90.to !== undefined){
let data93 = data90.to;
if(typeof data93 === "string"){
if(!(formats0.validate(data93))){
const err240 = {instancePath:instancePath+"/standards/" + i11+"/window/to",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
}
else {
const err241 = {instancePath:instancePath+"/standards/" + i11+"/window/to",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
if(data90.versions !== undefined){
let data94 = data90.versions;
if(Array.isArray(data94)){
const len12 = data94.length;
for(let i12=0; i12<len12; i12++){
if(typeof data94[i12] !== "string"){
const err242 = {instancePath:instancePath+"/standards/" + i11+"/window/versions/" + i12,schemaPath:"#/properties/standards/items/properties/window/properties/versions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
}
}
else {
const err243 = {instancePath:instancePath+"/standards/" + i11+"/window/versions",schemaPath:"#/properties/standards/items/properties/window/properties/versions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
}
else {
const err244 = {instancePath:instancePath+"/standards/" + i11+"/window",schemaPath:"#/properties/standards/items/properties/window/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
}
if(data82.count !== undefined){
let data96 = data82.count;
if(!(((typeof data96 == "number") && (!(data96 % 1) && !isNaN(data96))) && (isFinite(data96)))){
const err245 = {instancePath:instancePath+"/standards/" + i11+"/count",schemaPath:"#/properties/standards/items/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
if((typeof data96 == "number") && (isFinite(data96))){
if(data96 < 0 || isNaN(data96)){
const err246 = {instancePath:instancePath+"/standards/" + i11+"/count",schemaPath:"#/properties/standards/items/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
}
if(data82.met !== undefined){
let data97 = data82.met;
if(!(((typeof data97 == "number") && (!(data97 % 1) && !isNaN(data97))) && (isFinite(data97)))){
const err247 = {instancePath:instancePath+"/standards/" + i11+"/met",schemaPath:"#/properties/standards/items/properties/met/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
if((typeof data97 == "number") && (isFinite(data97))){
if(data97 < 0 || isNaN(data97)){
const err248 = {instancePath:instancePath+"/standards/" + i11+"/met",schemaPath:"#/properties/standards/items/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data82.inFlight !== undefined){
let data98 = data82.inFlight;
if(!(((typeof data98 == "number") && (!(data98 % 1) && !isNaN(data98))) && (isFinite(data98)))){
const err249 = {instancePath:instancePath+"/standards/" + i11+"/inFlight",schemaPath:"#/properties/standards/items/properties/inFlight/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
if((typeof data98 == "number") && (isFinite(data98))){
if(data98 < 0 || isNaN(data98)){
const err250 = {instancePath:instancePath+"/standards/" + i11+"/inFlight",schemaPath:"#/properties/standards/items/properties/inFlight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data82.pending !== undefined){
let data99 = data82.pending;
if(!(((typeof data99 == "number") && (!(data99 % 1) && !isNaN(data99))) && (isFinite(data99)))){
const err251 = {instancePath:instancePath+"/standards/" + i11+"/pending",schemaPath:"#/properties/standards/items/properties/pending/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
if((typeof data99 == "number") && (isFinite(data99))){
if(data99 < 0 || isNaN(data99)){
const err252 = {instancePath:instancePath+"/standards/" + i11+"/pending",schemaPath:"#/properties/standards/items/properties/pending/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
}
}
if(data82.value !== undefined){
let data100 = data82.value;
if((!((typeof data100 == "number") && (isFinite(data100)))) && (data100 !== null)){
const err253 = {instancePath:instancePath+"/standards/" + i11+"/value",schemaPath:"#/properties/standards/items/properties/value/type",keyword:"type",params:{type: schema31.properties.standards.items.properties.value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
if(data82.goal !== undefined){
let data101 = data82.goal;
if(data101 && typeof data101 == "object" && !Array.isArray(data101)){
if(data101.direction === undefined){
const err254 = {instancePath:instancePath+"/standards/" + i11+"/goal",schemaPath:"#/properties/standards/items/properties/goal/required",keyword:"required",params:{missingProperty: "direction"},message:"must have required property '"+"direction"+"'"};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
if(data101.value === undefined){
const err255 = {instancePath:instancePath+"/standards/" + i11+"/goal",schemaPath:"#/properties/standards/items/properties/goal/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
if(data101.text === undefined){
const err256 = {instancePath:instancePath+"/standards/" + i11+"/goal",schemaPath:"#/properties/standards/items/properties/goal/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
for(const key18 in data101){
if(!(((((key18 === "direction") || (key18 === "value")) || (key18 === "thresholdMinutes")) || (key18 === "text")) || (key18 === "judged"))){
const err257 = {instancePath:instancePath+"/standards/" + i11+"/goal",schemaPath:"#/properties/standards/items/properties/goal/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
if(data101.direction !== undefined){
let data102 = data101.direction;
if(typeof data102 !== "string"){
const err258 = {instancePath:instancePath+"/standards/" + i11+"/goal/direction",schemaPath:"#/properties/standards/items/properties/goal/properties/direction/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
if(!((data102 === "min") || (data102 === "max"))){
const err259 = {instancePath:instancePath+"/standards/" + i11+"/goal/direction",schemaPath:"#/properties/standards/items/properties/goal/properties/direction/enum",keyword:"enum",params:{allowedValues: schema31.properties.standards.items.properties.goal.properties.direction.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
if(data101.value !== undefined){
let data103 = data101.value;
if(!((typeof data103 == "number") && (isFinite(data103)))){
const err260 = {instancePath:instancePath+"/standards/" + i11+"/goal/value",schemaPath:"#/properties/standards/items/properties/goal/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
if(data101.thresholdMinutes !== undefined){
let data104 = data101.thresholdMinutes;
if(!((typeof data104 == "number") && (isFinite(data104)))){
const err261 = {instancePath:instancePath+"/standards/" + i11+"/goal/thresholdMinutes",schemaPath:"#/properties/standards/items/properties/goal/properties/thresholdMinutes/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
if(data101.text !== undefined){
if(typeof data101.text !== "string"){
const err262 = {instancePath:instancePath+"/standards/" + i11+"/goal/text",schemaPath:"#/properties/standards/items/properties/goal/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
if(data101.judged !== undefined){
if(typeof data101.judged !== "string"){
const err263 = {instancePath:instancePath+"/standards/" + i11+"/goal/judged",schemaPath:"#/properties/standards/items/properties/goal/properties/judged/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
}
else {
const err264 = {instancePath:instancePath+"/standards/" + i11+"/goal",schemaPath:"#/properties/standards/items/properties/goal/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
if(data82.errorBudget !== undefined){
let data107 = data82.errorBudget;
if((!(data107 && typeof data107 == "object" && !Array.isArray(data107))) && (data107 !== null)){
const err265 = {instancePath:instancePath+"/standards/" + i11+"/errorBudget",schemaPath:"#/properties/standards/items/properties/errorBudget/type",keyword:"type",params:{type: schema31.properties.standards.items.properties.errorBudget.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
if(data107 && typeof data107 == "object" && !Array.isArray(data107)){
if(data107.allowed === undefined){
const err266 = {instancePath:instancePath+"/standards/" + i11+"/errorBudget",schemaPath:"#/properties/standards/items/properties/errorBudget/required",keyword:"required",params:{missingProperty: "allowed"},message:"must have required property '"+"allowed"+"'"};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
if(data107.used === undefined){
const err267 = {instancePath:instancePath+"/standards/" + i11+"/errorBudget",schemaPath:"#/properties/standards/items/properties/errorBudget/required",keyword:"required",params:{missingProperty: "used"},message:"must have required property '"+"used"+"'"};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
if(data107.remaining === undefined){
const err268 = {instancePath:instancePath+"/standards/" + i11+"/errorBudget",schemaPath:"#/properties/standards/items/properties/errorBudget/required",keyword:"required",params:{missingProperty: "remaining"},message:"must have required property '"+"remaining"+"'"};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
for(const key19 in data107){
if(!(((key19 === "allowed") || (key19 === "used")) || (key19 === "remaining"))){
const err269 = {instancePath:instancePath+"/standards/" + i11+"/errorBudget",schemaPath:"#/properties/standards/items/properties/errorBudget/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
}
if(data107.allowed !== undefined){
let data108 = data107.allowed;
if(!((typeof data108 == "number") && (isFinite(data108)))){
const err270 = {instancePath:instancePath+"/standards/" + i11+"/errorBudget/allowed",schemaPath:"#/properties/standards/items/properties/errorBudget/properties/allowed/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
}
if(data107.used !== undefined){
let data109 = data107.used;
if(!((typeof data109 == "number") && (isFinite(data109)))){
const err271 = {instancePath:instancePath+"/standards/" + i11+"/errorBudget/used",schemaPath:"#/properties/standards/items/properties/errorBudget/properties/used/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
if(data107.remaining !== undefined){
let data110 = data107.remaining;
if(!((typeof data110 == "number") && (isFinite(data110)))){
const err272 = {instancePath:instancePath+"/standards/" + i11+"/errorBudget/remaining",schemaPath:"#/properties/standards/items/properties/errorBudget/properties/remaining/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
}
}
}
if(data82.comparison !== undefined){
let data111 = data82.comparison;
if(data111 && typeof data111 == "object" && !Array.isArray(data111)){
if(data111.days === undefined){
const err273 = {instancePath:instancePath+"/standards/" + i11+"/comparison",schemaPath:"#/properties/standards/items/properties/comparison/required",keyword:"required",params:{missingProperty: "days"},message:"must have required property '"+"days"+"'"};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
if(data111.from === undefined){
const err274 = {instancePath:instancePath+"/standards/" + i11+"/comparison",schemaPath:"#/properties/standards/items/properties/comparison/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
if(data111.to === undefined){
const err275 = {instancePath:instancePath+"/standards/" + i11+"/comparison",schemaPath:"#/properties/standards/items/properties/comparison/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
if(data111.count === undefined){
const err276 = {instancePath:instancePath+"/standards/" + i11+"/comparison",schemaPath:"#/properties/standards/items/properties/comparison/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
if(data111.value === undefined){
const err277 = {instancePath:instancePath+"/standards/" + i11+"/comparison",schemaPath:"#/properties/standards/items/properties/comparison/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
for(const key20 in data111){
if(!(((((key20 === "days") || (key20 === "from")) || (key20 === "to")) || (key20 === "count")) || (key20 === "value"))){
const err278 = {instancePath:instancePath+"/standards/" + i11+"/comparison",schemaPath:"#/properties/standards/items/properties/comparison/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key20},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
if(data111.days !== undefined){
let data112 = data111.days;
if(!(((typeof data112 == "number") && (!(data112 % 1) && !isNaN(data112))) && (isFinite(data112)))){
const err279 = {instancePath:instancePath+"/standards/" + i11+"/comparison/days",schemaPath:"#/properties/standards/items/properties/comparison/properties/days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
if((typeof data112 == "number") && (isFinite(data112))){
if(data112 < 1 || isNaN(data112)){
const err280 = {instancePath:instancePath+"/standards/" + i11+"/comparison/days",schemaPath:"#/properties/standards/items/properties/comparison/properties/days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
}
}
if(data111.from !== undefined){
let data113 = data111.from;
if(typeof data113 === "string"){
if(!(formats0.validate(data113))){
const err281 = {instancePath:instancePath+"/standards/" + i11+"/comparison/from",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
}
else {
const err282 = {instancePath:instancePath+"/standards/" + i11+"/comparison/from",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
if(data111.to !== undefined){
let data114 = data111.to;
if(typeof data114 === "string"){
if(!(formats0.validate(data114))){
const err283 = {instancePath:instancePath+"/standards/" + i11+"/comparison/to",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
}
else {
const err284 = {instancePath:instancePath+"/standards/" + i11+"/comparison/to",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
if(data111.count !== undefined){
let data115 = data111.count;
if(!(((typeof data115 == "number") && (!(data115 % 1) && !isNaN(data115))) && (isFinite(data115)))){
const err285 = {instancePath:instancePath+"/standards/" + i11+"/comparison/count",schemaPath:"#/properties/standards/items/properties/comparison/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
if((typeof data115 == "number") && (isFinite(data115))){
if(data115 < 0 || isNaN(data115)){
const err286 = {instancePath:instancePath+"/standards/" + i11+"/comparison/count",schemaPath:"#/properties/standards/items/properties/comparison/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data111.value !== undefined){
let data116 = data111.value;
if((!((typeof data116 == "number") && (isFinite(data116)))) && (data116 !== null)){
const err287 = {instancePath:instancePath+"/standards/" + i11+"/comparison/value",schemaPath:"#/properties/standards/items/properties/comparison/properties/value/type",keyword:"type",params:{type: schema31.properties.standards.items.properties.comparison.properties.value.type},message:"must be number,null"};
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
const err288 = {instancePath:instancePath+"/standards/" + i11+"/comparison",schemaPath:"#/properties/standards/items/properties/comparison/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
if(data82.excluded !== undefined){
let data117 = data82.excluded;
if(Array.isArray(data117)){
const len13 = data117.length;
for(let i13=0; i13<len13; i13++){
let data118 = data117[i13];
if(data118 && typeof data118 == "object" && !Array.isArray(data118)){
if(data118.id === undefined){
const err289 = {instancePath:instancePath+"/standards/" + i11+"/excluded/" + i13,schemaPath:"#/properties/standards/items/properties/excluded/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
if(data118.reason === undefined){
const err290 = {instancePath:instancePath+"/standards/" + i11+"/excluded/" + i13,schemaPath:"#/properties/standards/items/properties/excluded/items/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'"};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
if(data118.count === undefined){
const err291 = {instancePath:instancePath+"/standards/" + i11+"/excluded/" + i13,schemaPath:"#/properties/standards/items/properties/excluded/items/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
for(const key21 in data118){
if(!(((key21 === "id") || (key21 === "reason")) || (key21 === "count"))){
const err292 = {instancePath:instancePath+"/standards/" + i11+"/excluded/" + i13,schemaPath:"#/properties/standards/items/properties/excluded/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key21},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
if(data118.id !== undefined){
if(typeof data118.id !== "string"){
const err293 = {instancePath:instancePath+"/standards/" + i11+"/excluded/" + i13+"/id",schemaPath:"#/properties/standards/items/properties/excluded/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
if(data118.reason !== undefined){
if(typeof data118.reason !== "string"){
const err294 = {instancePath:instancePath+"/standards/" + i11+"/excluded/" + i13+"/reason",schemaPath:"#/properties/standards/items/properties/excluded/items/properties/reason/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
if(data118.count !== undefined){
let data121 = data118.count;
if(!(((typeof data121 == "number") && (!(data121 % 1) && !isNaN(data121))) && (isFinite(data121)))){
const err295 = {instancePath:instancePath+"/standards/" + i11+"/excluded/" + i13+"/count",schemaPath:"#/properties/standards/items/properties/excluded/items/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
if((typeof data121 == "number") && (isFinite(data121))){
if(data121 < 0 || isNaN(data121)){
const err296 = {instancePath:instancePath+"/standards/" + i11+"/excluded/" + i13+"/count",schemaPath:"#/properties/standards/items/properties/excluded/items/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
}
}
else {
const err297 = {instancePath:instancePath+"/standards/" + i11+"/excluded/" + i13,schemaPath:"#/properties/standards/items/properties/excluded/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
}
else {
const err298 = {instancePath:instancePath+"/standards/" + i11+"/excluded",schemaPath:"#/properties/standards/items/properties/excluded/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
if(data82.series !== undefined){
let data122 = data82.series;
if(Array.isArray(data122)){
const len14 = data122.length;
for(let i14=0; i14<len14; i14++){
let data123 = data122[i14];
if(data123 && typeof data123 == "object" && !Array.isArray(data123)){
if(data123.date === undefined){
const err299 = {instancePath:instancePath+"/standards/" + i11+"/series/" + i14,schemaPath:"#/$defs/day/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'"};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
if(data123.count === undefined){
const err300 = {instancePath:instancePath+"/standards/" + i11+"/series/" + i14,schemaPath:"#/$defs/day/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
if(data123.met === undefined){
const err301 = {instancePath:instancePath+"/standards/" + i11+"/series/" + i14,schemaPath:"#/$defs/day/required",keyword:"required",params:{missingProperty: "met"},message:"must have required property '"+"met"+"'"};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
if(data123.value === undefined){
const err302 = {instancePath:instancePath+"/standards/" + i11+"/series/" + i14,schemaPath:"#/$defs/day/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
if(data123.windowValue === undefined){
const err303 = {instancePath:instancePath+"/standards/" + i11+"/series/" + i14,schemaPath:"#/$defs/day/required",keyword:"required",params:{missingProperty: "windowValue"},message:"must have required property '"+"windowValue"+"'"};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
for(const key22 in data123){
if(!(((((((key22 === "date") || (key22 === "count")) || (key22 === "met")) || (key22 === "value")) || (key22 === "windowValue")) || (key22 === "version")) || (key22 === "windowVersions"))){
const err304 = {instancePath:instancePath+"/standards/" + i11+"/series/" + i14,schemaPath:"#/$defs/day/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
if(data123.date !== undefined){
let data124 = data123.date;
if(typeof data124 === "string"){
if(!(formats24.validate(data124))){
const err305 = {instancePath:instancePath+"/standards/" + i11+"/series/" + i14+"/date",schemaPath:"#/$defs/day/properties/date/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
else {
const err306 = {instancePath:instancePath+"/standards/" + i11+"/series/" + i14+"/date",schemaPath:"#/$defs/day/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
}
if(data123.count !== undefined){
let data125 = data123.count;
if(!(((typeof data125 == "number") && (!(data125 % 1) && !isNaN(data125))) && (isFinite(data125)))){
const err307 = {instancePath:instancePath+"/standards/" + i11+"/series/" + i14+"/count",schemaPath:"#/$defs/day/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err307];
}
else {
vErrors.push(err307);
}
errors++;
}
if((typeof data125 == "number") && (isFinite(data125))){
if(data125 < 0 || isNaN(data125)){
const err308 = {instancePath:instancePath+"/standards/" + i11+"/series/" + i14+"/count",schemaPath:"#/$defs/day/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err308];
}
else {
vErrors.push(err308);
}
errors++;
}
}
}
if(data123.met !== undefined){
let data126 = data123.met;
if(!(((typeof data126 == "number") && (!(data126 % 1) && !isNaN(data126))) && (isFinite(data126)))){
const err309 = {instancePath:instancePath+"/standards/" + i11+"/series/" + i14+"/met",schemaPath:"#/$defs/day/properties/met/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err309];
}
else {
vErrors.push(err309);
}
errors++;
}
if((typeof data126 == "number") && (isFinite(data126))){
if(data126 < 0 || isNaN(data126)){
const err310 = {instancePath:instancePath+"/standards/" + i11+"/series/" + i14+"/met",schemaPath:"#/$defs/day/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err310];
}
else {
vErrors.push(err310);
}
errors++;
}
}
}
if(data123.value !== undefined){
let data127 = data123.value;
if((!((typeof data127 == "number") && (isFinite(data127)))) && (data127 !== null)){
const err311 = {instancePath:instancePath+"/standards/" + i11+"/series/" + i14+"/value",schemaPath:"#/$defs/day/properties/value/type",keyword:"type",params:{type: schema44.properties.value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err311];
}
else {
vErrors.push(err311);
}
errors++;
}
}
if(data123.windowValue !== undefined){
let data128 = data123.windowValue;
if((!((typeof data128 == "number") && (isFinite(data128)))) && (data128 !== null)){
const err312 = {instancePath:instancePath+"/standards/" + i11+"/series/" + i14+"/windowValue",schemaPath:"#/$defs/day/properties/windowValue/type",keyword:"type",params:{type: schema44.properties.windowValue.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err312];
}
else {
vErrors.push(err312);
}
errors++;
}
}
if(data123.version !== undefined){
let data129 = data123.version;
if((typeof data129 !== "string") && (data129 !== null)){
const err313 = {instancePath:instancePath+"/standards/" + i11+"/series/" + i14+"/version",schemaPath:"#/$defs/day/properties/version/type",keyword:"type",params:{type: schema44.properties.version.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err313];
}
else {
vErrors.push(err313);
}
errors++;
}
}
if(data123.windowVersions !== undefined){
let data130 = data123.windowVersions;
if(Array.isArray(data130)){
const len15 = data130.length;
for(let i15=0; i15<len15; i15++){
if(typeof data130[i15] !== "string"){
const err314 = {instancePath:instancePath+"/standards/" + i11+"/series/" + i14+"/windowVersions/" + i15,schemaPath:"#/$defs/day/properties/windowVersions/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err314];
}
else {
vErrors.push(err314);
}
errors++;
}
}
}
else {
const err315 = {instancePath:instancePath+"/standards/" + i11+"/series/" + i14+"/windowVersions",schemaPath:"#/$defs/day/properties/windowVersions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err315];
}
else {
vErrors.push(err315);
}
errors++;
}
}
}
else {
const err316 = {instancePath:instancePath+"/standards/" + i11+"/series/" + i14,schemaPath:"#/$defs/day/type",keyword:"type",params:{type: "object"},message:"must be object"};
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
const err317 = {instancePath:instancePath+"/standards/" + i11+"/series",schemaPath:"#/properties/standards/items/properties/series/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err317];
}
else {
vErrors.push(err317);
}
errors++;
}
}
if(data82.breakdown !== undefined){
let data132 = data82.breakdown;
if(data132 && typeof data132 == "object" && !Array.isArray(data132)){
if(data132.priority === undefined){
const err318 = {instancePath:instancePath+"/standards/" + i11+"/breakdown",schemaPath:"#/properties/standards/items/properties/breakdown/required",keyword:"required",params:{missingProperty: "priority"},message:"must have required property '"+"priority"+"'"};
if(vErrors === null){
vErrors = [err318];
}
else {
vErrors.push(err318);
}
errors++;
}
if(data132.channel === undefined){
const err319 = {instancePath:instancePath+"/standards/" + i11+"/breakdown",schemaPath:"#/properties/standards/items/properties/breakdown/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err319];
}
else {
vErrors.push(err319);
}
errors++;
}
if(data132.team === undefined){
const err320 = {instancePath:instancePath+"/standards/" + i11+"/breakdown",schemaPath:"#/properties/standards/items/properties/breakdown/required",keyword:"required",params:{missingProperty: "team"},message:"must have required property '"+"team"+"'"};
if(vErrors === null){
vErrors = [err320];
}
else {
vErrors.push(err320);
}
errors++;
}
for(const key23 in data132){
if(!(((key23 === "priority") || (key23 === "channel")) || (key23 === "team"))){
const err321 = {instancePath:instancePath+"/standards/" + i11+"/breakdown",schemaPath:"#/properties/standards/items/properties/breakdown/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err321];
}
else {
vErrors.push(err321);
}
errors++;
}
}
if(data132.priority !== undefined){
let data133 = data132.priority;
if(Array.isArray(data133)){
const len16 = data133.length;
for(let i16=0; i16<len16; i16++){
let data134 = data133[i16];
if(data134 && typeof data134 == "object" && !Array.isArray(data134)){
if(data134.key === undefined){
const err322 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/priority/" + i16,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err322];
}
else {
vErrors.push(err322);
}
errors++;
}
if(data134.count === undefined){
const err323 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/priority/" + i16,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err323];
}
else {
vErrors.push(err323);
}
errors++;
}
if(data134.met === undefined){
const err324 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/priority/" + i16,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "met"},message:"must have required property '"+"met"+"'"};
if(vErrors === null){
vErrors = [err324];
}
else {
vErrors.push(err324);
}
errors++;
}
if(data134.value === undefined){
const err325 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/priority/" + i16,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err325];
}
else {
vErrors.push(err325);
}
errors++;
}
for(const key24 in data134){
if(!((((key24 === "key") || (key24 === "count")) || (key24 === "met")) || (key24 === "value"))){
const err326 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/priority/" + i16,schemaPath:"#/$defs/segment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err326];
}
else {
vErrors.push(err326);
}
errors++;
}
}
if(data134.key !== undefined){
if(typeof data134.key !== "string"){
const err327 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/priority/" + i16+"/key",schemaPath:"#/$defs/segment/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err327];
}
else {
vErrors.push(err327);
}
errors++;
}
}
if(data134.count !== undefined){
let data136 = data134.count;
if(!(((typeof data136 == "number") && (!(data136 % 1) && !isNaN(data136))) && (isFinite(data136)))){
const err328 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/priority/" + i16+"/count",schemaPath:"#/$defs/segment/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err328];
}
else {
vErrors.push(err328);
}
errors++;
}
if((typeof data136 == "number") && (isFinite(data136))){
if(data136 < 0 || isNaN(data136)){
const err329 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/priority/" + i16+"/count",schemaPath:"#/$defs/segment/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err329];
}
else {
vErrors.push(err329);
}
errors++;
}
}
}
if(data134.met !== undefined){
let data137 = data134.met;
if(!(((typeof data137 == "number") && (!(data137 % 1) && !isNaN(data137))) && (isFinite(data137)))){
const err330 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/priority/" + i16+"/met",schemaPath:"#/$defs/segment/properties/met/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err330];
}
else {
vErrors.push(err330);
}
errors++;
}
if((typeof data137 == "number") && (isFinite(data137))){
if(data137 < 0 || isNaN(data137)){
const err331 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/priority/" + i16+"/met",schemaPath:"#/$defs/segment/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
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
if(data134.value !== undefined){
let data138 = data134.value;
if((!((typeof data138 == "number") && (isFinite(data138)))) && (data138 !== null)){
const err332 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/priority/" + i16+"/value",schemaPath:"#/$defs/segment/properties/value/type",keyword:"type",params:{type: schema45.properties.value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err332];
}
else {
vErrors.push(err332);
}
errors++;
}
}
}
else {
const err333 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/priority/" + i16,schemaPath:"#/$defs/segment/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err333];
}
else {
vErrors.push(err333);
}
errors++;
}
}
}
else {
const err334 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/priority",schemaPath:"#/properties/standards/items/properties/breakdown/properties/priority/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err334];
}
else {
vErrors.push(err334);
}
errors++;
}
}
if(data132.channel !== undefined){
let data139 = data132.channel;
if(Array.isArray(data139)){
const len17 = data139.length;
for(let i17=0; i17<len17; i17++){
let data140 = data139[i17];
if(data140 && typeof data140 == "object" && !Array.isArray(data140)){
if(data140.key === undefined){
const err335 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/channel/" + i17,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err335];
}
else {
vErrors.push(err335);
}
errors++;
}
if(data140.count === undefined){
const err336 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/channel/" + i17,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err336];
}
else {
vErrors.push(err336);
}
errors++;
}
if(data140.met === undefined){
const err337 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/channel/" + i17,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "met"},message:"must have required property '"+"met"+"'"};
if(vErrors === null){
vErrors = [err337];
}
else {
vErrors.push(err337);
}
errors++;
}
if(data140.value === undefined){
const err338 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/channel/" + i17,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err338];
}
else {
vErrors.push(err338);
}
errors++;
}
for(const key25 in data140){
if(!((((key25 === "key") || (key25 === "count")) || (key25 === "met")) || (key25 === "value"))){
const err339 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/channel/" + i17,schemaPath:"#/$defs/segment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err339];
}
else {
vErrors.push(err339);
}
errors++;
}
}
if(data140.key !== undefined){
if(typeof data140.key !== "string"){
const err340 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/channel/" + i17+"/key",schemaPath:"#/$defs/segment/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err340];
}
else {
vErrors.push(err340);
}
errors++;
}
}
if(data140.count !== undefined){
let data142 = data140.count;
if(!(((typeof data142 == "number") && (!(data142 % 1) && !isNaN(data142))) && (isFinite(data142)))){
const err341 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/channel/" + i17+"/count",schemaPath:"#/$defs/segment/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err341];
}
else {
vErrors.push(err341);
}
errors++;
}
if((typeof data142 == "number") && (isFinite(data142))){
if(data142 < 0 || isNaN(data142)){
const err342 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/channel/" + i17+"/count",schemaPath:"#/$defs/segment/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err342];
}
else {
vErrors.push(err342);
}
errors++;
}
}
}
if(data140.met !== undefined){
let data143 = data140.met;
if(!(((typeof data143 == "number") && (!(data143 % 1) && !isNaN(data143))) && (isFinite(data143)))){
const err343 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/channel/" + i17+"/met",schemaPath:"#/$defs/segment/properties/met/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err343];
}
else {
vErrors.push(err343);
}
errors++;
}
if((typeof data143 == "number") && (isFinite(data143))){
if(data143 < 0 || isNaN(data143)){
const err344 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/channel/" + i17+"/met",schemaPath:"#/$defs/segment/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err344];
}
else {
vErrors.push(err344);
}
errors++;
}
}
}
if(data140.value !== undefined){
let data144 = data140.value;
if((!((typeof data144 == "number") && (isFinite(data144)))) && (data144 !== null)){
const err345 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/channel/" + i17+"/value",schemaPath:"#/$defs/segment/properties/value/type",keyword:"type",params:{type: schema45.properties.value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err345];
}
else {
vErrors.push(err345);
}
errors++;
}
}
}
else {
const err346 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/channel/" + i17,schemaPath:"#/$defs/segment/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err346];
}
else {
vErrors.push(err346);
}
errors++;
}
}
}
else {
const err347 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/channel",schemaPath:"#/properties/standards/items/properties/breakdown/properties/channel/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err347];
}
else {
vErrors.push(err347);
}
errors++;
}
}
if(data132.team !== undefined){
let data145 = data132.team;
if(Array.isArray(data145)){
const len18 = data145.length;
for(let i18=0; i18<len18; i18++){
let data146 = data145[i18];
if(data146 && typeof data146 == "object" && !Array.isArray(data146)){
if(data146.key === undefined){
const err348 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/team/" + i18,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err348];
}
else {
vErrors.push(err348);
}
errors++;
}
if(data146.count === undefined){
const err349 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/team/" + i18,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err349];
}
else {
vErrors.push(err349);
}
errors++;
}
if(data146.met === undefined){
const err350 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/team/" + i18,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "met"},message:"must have required property '"+"met"+"'"};
if(vErrors === null){
vErrors = [err350];
}
else {
vErrors.push(err350);
}
errors++;
}
if(data146.value === undefined){
const err351 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/team/" + i18,schemaPath:"#/$defs/segment/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err351];
}
else {
vErrors.push(err351);
}
errors++;
}
for(const key26 in data146){
if(!((((key26 === "key") || (key26 === "count")) || (key26 === "met")) || (key26 === "value"))){
const err352 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/team/" + i18,schemaPath:"#/$defs/segment/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err352];
}
else {
vErrors.push(err352);
}
errors++;
}
}
if(data146.key !== undefined){
if(typeof data146.key !== "string"){
const err353 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/team/" + i18+"/key",schemaPath:"#/$defs/segment/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err353];
}
else {
vErrors.push(err353);
}
errors++;
}
}
if(data146.count !== undefined){
let data148 = data146.count;
if(!(((typeof data148 == "number") && (!(data148 % 1) && !isNaN(data148))) && (isFinite(data148)))){
const err354 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/team/" + i18+"/count",schemaPath:"#/$defs/segment/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err354];
}
else {
vErrors.push(err354);
}
errors++;
}
if((typeof data148 == "number") && (isFinite(data148))){
if(data148 < 0 || isNaN(data148)){
const err355 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/team/" + i18+"/count",schemaPath:"#/$defs/segment/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err355];
}
else {
vErrors.push(err355);
}
errors++;
}
}
}
if(data146.met !== undefined){
let data149 = data146.met;
if(!(((typeof data149 == "number") && (!(data149 % 1) && !isNaN(data149))) && (isFinite(data149)))){
const err356 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/team/" + i18+"/met",schemaPath:"#/$defs/segment/properties/met/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err356];
}
else {
vErrors.push(err356);
}
errors++;
}
if((typeof data149 == "number") && (isFinite(data149))){
if(data149 < 0 || isNaN(data149)){
const err357 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/team/" + i18+"/met",schemaPath:"#/$defs/segment/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err357];
}
else {
vErrors.push(err357);
}
errors++;
}
}
}
if(data146.value !== undefined){
let data150 = data146.value;
if((!((typeof data150 == "number") && (isFinite(data150)))) && (data150 !== null)){
const err358 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/team/" + i18+"/value",schemaPath:"#/$defs/segment/properties/value/type",keyword:"type",params:{type: schema45.properties.value.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err358];
}
else {
vErrors.push(err358);
}
errors++;
}
}
}
else {
const err359 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/team/" + i18,schemaPath:"#/$defs/segment/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err359];
}
else {
vErrors.push(err359);
}
errors++;
}
}
}
else {
const err360 = {instancePath:instancePath+"/standards/" + i11+"/breakdown/team",schemaPath:"#/properties/standards/items/properties/breakdown/properties/team/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err360];
}
else {
vErrors.push(err360);
}
errors++;
}
}
}
else {
const err361 = {instancePath:instancePath+"/standards/" + i11+"/breakdown",schemaPath:"#/properties/standards/items/properties/breakdown/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err361];
}
else {
vErrors.push(err361);
}
errors++;
}
}
if(data82.worst !== undefined){
let data151 = data82.worst;
if(Array.isArray(data151)){
const len19 = data151.length;
for(let i19=0; i19<len19; i19++){
let data152 = data151[i19];
if(data152 && typeof data152 == "object" && !Array.isArray(data152)){
if(data152.id === undefined){
const err362 = {instancePath:instancePath+"/standards/" + i11+"/worst/" + i19,schemaPath:"#/properties/standards/items/properties/worst/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err362];
}
else {
vErrors.push(err362);
}
errors++;
}
if(data152.created === undefined){
const err363 = {instancePath:instancePath+"/standards/" + i11+"/worst/" + i19,schemaPath:"#/properties/standards/items/properties/worst/items/required",keyword:"required",params:{missingProperty: "created"},message:"must have required property '"+"created"+"'"};
if(vErrors === null){
vErrors = [err363];
}
else {
vErrors.push(err363);
}
errors++;
}
if(data152.priority === undefined){
const err364 = {instancePath:instancePath+"/standards/" + i11+"/worst/" + i19,schemaPath:"#/properties/standards/items/properties/worst/items/required",keyword:"required",params:{missingProperty: "priority"},message:"must have required property '"+"priority"+"'"};
if(vErrors === null){
vErrors = [err364];
}
else {
vErrors.push(err364);
}
errors++;
}
if(data152.channel === undefined){
const err365 = {instancePath:instancePath+"/standards/" + i11+"/worst/" + i19,schemaPath:"#/properties/standards/items/properties/worst/items/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err365];
}
else {
vErrors.push(err365);
}
errors++;
}
if(data152.minutes === undefined){
const err366 = {instancePath:instancePath+"/standards/" + i11+"/worst/" + i19,schemaPath:"#/properties/standards/items/properties/worst/items/required",keyword:"required",params:{missingProperty: "minutes"},message:"must have required property '"+"minutes"+"'"};
if(vErrors === null){
vErrors = [err366];
}
else {
vErrors.push(err366);
}
errors++;
}
if(data152.inFlight === undefined){
const err367 = {instancePath:instancePath+"/standards/" + i11+"/worst/" + i19,schemaPath:"#/properties/standards/items/properties/worst/items/required",keyword:"required",params:{missingProperty: "inFlight"},message:"must have required property '"+"inFlight"+"'"};
if(vErrors === null){
vErrors = [err367];
}
else {
vErrors.push(err367);
}
errors++;
}
for(const key27 in data152){
if(!(func1.call(schema31.properties.standards.items.properties.worst.items.properties, key27))){
const err368 = {instancePath:instancePath+"/standards/" + i11+"/worst/" + i19,schemaPath:"#/properties/standards/items/properties/worst/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err368];
}
else {
vErrors.push(err368);
}
errors++;
}
}
if(data152.id !== undefined){
if(typeof data152.id !== "string"){
const err369 = {instancePath:instancePath+"/standards/" + i11+"/worst/" + i19+"/id",schemaPath:"#/properties/standards/items/properties/worst/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err369];
}
else {
vErrors.push(err369);
}
errors++;
}
}
if(data152.created !== undefined){
let data154 = data152.created;
if(typeof data154 === "string"){
if(!(formats0.validate(data154))){
const err370 = {instancePath:instancePath+"/standards/" + i11+"/worst/" + i19+"/created",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err370];
}
else {
vErrors.push(err370);
}
errors++;
}
}
else {
const err371 = {instancePath:instancePath+"/standards/" + i11+"/worst/" + i19+"/created",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err371];
}
else {
vErrors.push(err371);
}
errors++;
}
}
if(data152.priority !== undefined){
if(typeof data152.priority !== "string"){
const err372 = {instancePath:instancePath+"/standards/" + i11+"/worst/" + i19+"/priority",schemaPath:"#/properties/standards/items/properties/worst/items/properties/priority/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err372];
}
else {
vErrors.push(err372);
}
errors++;
}
}
if(data152.channel !== undefined){
if(typeof data152.channel !== "string"){
const err373 = {instancePath:instancePath+"/standards/" + i11+"/worst/" + i19+"/channel",schemaPath:"#/properties/standards/items/properties/worst/items/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err373];
}
else {
vErrors.push(err373);
}
errors++;
}
}
if(data152.team !== undefined){
let data157 = data152.team;
if((typeof data157 !== "string") && (data157 !== null)){
const err374 = {instancePath:instancePath+"/standards/" + i11+"/worst/" + i19+"/team",schemaPath:"#/properties/standards/items/properties/worst/items/properties/team/type",keyword:"type",params:{type: schema31.properties.standards.items.properties.worst.items.properties.team.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err374];
}
else {
vErrors.push(err374);
}
errors++;
}
}
if(data152.minutes !== undefined){
let data158 = data152.minutes;
if(!((typeof data158 == "number") && (isFinite(data158)))){
const err375 = {instancePath:instancePath+"/standards/" + i11+"/worst/" + i19+"/minutes",schemaPath:"#/properties/standards/items/properties/worst/items/properties/minutes/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err375];
}
else {
vErrors.push(err375);
}
errors++;
}
}
if(data152.inFlight !== undefined){
if(typeof data152.inFlight !== "boolean"){
const err376 = {instancePath:instancePath+"/standards/" + i11+"/worst/" + i19+"/inFlight",schemaPath:"#/properties/standards/items/properties/worst/items/properties/inFlight/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err376];
}
else {
vErrors.push(err376);
}
errors++;
}
}
if(data152.version !== undefined){
if(typeof data152.version !== "string"){
const err377 = {instancePath:instancePath+"/standards/" + i11+"/worst/" + i19+"/version",schemaPath:"#/properties/standards/items/properties/worst/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err377];
}
else {
vErrors.push(err377);
}
errors++;
}
}
if(data152.explanation !== undefined){
if(!(validate21(data152.explanation, {instancePath:instancePath+"/standards/" + i11+"/worst/" + i19+"/explanation",parentData:data152,parentDataProperty:"explanation",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err378 = {instancePath:instancePath+"/standards/" + i11+"/worst/" + i19,schemaPath:"#/properties/standards/items/properties/worst/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err378];
}
else {
vErrors.push(err378);
}
errors++;
}
}
}
else {
const err379 = {instancePath:instancePath+"/standards/" + i11+"/worst",schemaPath:"#/properties/standards/items/properties/worst/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err379];
}
else {
vErrors.push(err379);
}
errors++;
}
}
if(data82.openLate !== undefined){
let data162 = data82.openLate;
if(Array.isArray(data162)){
const len20 = data162.length;
for(let i20=0; i20<len20; i20++){
let data163 = data162[i20];
if(data163 && typeof data163 == "object" && !Array.isArray(data163)){
if(data163.id === undefined){
const err380 = {instancePath:instancePath+"/standards/" + i11+"/openLate/" + i20,schemaPath:"#/properties/standards/items/properties/openLate/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err380];
}
else {
vErrors.push(err380);
}
errors++;
}
if(data163.created === undefined){
const err381 = {instancePath:instancePath+"/standards/" + i11+"/openLate/" + i20,schemaPath:"#/properties/standards/items/properties/openLate/items/required",keyword:"required",params:{missingProperty: "created"},message:"must have required property '"+"created"+"'"};
if(vErrors === null){
vErrors = [err381];
}
else {
vErrors.push(err381);
}
errors++;
}
if(data163.priority === undefined){
const err382 = {instancePath:instancePath+"/standards/" + i11+"/openLate/" + i20,schemaPath:"#/properties/standards/items/properties/openLate/items/required",keyword:"required",params:{missingProperty: "priority"},message:"must have required property '"+"priority"+"'"};
if(vErrors === null){
vErrors = [err382];
}
else {
vErrors.push(err382);
}
errors++;
}
if(data163.channel === undefined){
const err383 = {instancePath:instancePath+"/standards/" + i11+"/openLate/" + i20,schemaPath:"#/properties/standards/items/properties/openLate/items/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'"};
if(vErrors === null){
vErrors = [err383];
}
else {
vErrors.push(err383);
}
errors++;
}
if(data163.team === undefined){
const err384 = {instancePath:instancePath+"/standards/" + i11+"/openLate/" + i20,schemaPath:"#/properties/standards/items/properties/openLate/items/required",keyword:"required",params:{missingProperty: "team"},message:"must have required property '"+"team"+"'"};
if(vErrors === null){
vErrors = [err384];
}
else {
vErrors.push(err384);
}
errors++;
}
if(data163.minutes === undefined){
const err385 = {instancePath:instancePath+"/standards/" + i11+"/openLate/" + i20,schemaPath:"#/properties/standards/items/properties/openLate/items/required",keyword:"required",params:{missingProperty: "minutes"},message:"must have required property '"+"minutes"+"'"};
if(vErrors === null){
vErrors = [err385];
}
else {
vErrors.push(err385);
}
errors++;
}
if(data163.lateSince === undefined){
const err386 = {instancePath:instancePath+"/standards/" + i11+"/openLate/" + i20,schemaPath:"#/properties/standards/items/properties/openLate/items/required",keyword:"required",params:{missingProperty: "lateSince"},message:"must have required property '"+"lateSince"+"'"};
if(vErrors === null){
vErrors = [err386];
}
else {
vErrors.push(err386);
}
errors++;
}
for(const key28 in data163){
if(!(((((((key28 === "id") || (key28 === "created")) || (key28 === "priority")) || (key28 === "channel")) || (key28 === "team")) || (key28 === "minutes")) || (key28 === "lateSince"))){
const err387 = {instancePath:instancePath+"/standards/" + i11+"/openLate/" + i20,schemaPath:"#/properties/standards/items/properties/openLate/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err387];
}
else {
vErrors.push(err387);
}
errors++;
}
}
if(data163.id !== undefined){
if(typeof data163.id !== "string"){
const err388 = {instancePath:instancePath+"/standards/" + i11+"/openLate/" + i20+"/id",schemaPath:"#/properties/standards/items/properties/openLate/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err388];
}
else {
vErrors.push(err388);
}
errors++;
}
}
if(data163.created !== undefined){
let data165 = data163.created;
if(typeof data165 === "string"){
if(!(formats0.validate(data165))){
const err389 = {instancePath:instancePath+"/standards/" + i11+"/openLate/" + i20+"/created",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err389];
}
else {
vErrors.push(err389);
}
errors++;
}
}
else {
const err390 = {instancePath:instancePath+"/standards/" + i11+"/openLate/" + i20+"/created",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err390];
}
else {
vErrors.push(err390);
}
errors++;
}
}
if(data163.priority !== undefined){
if(typeof data163.priority !== "string"){
const err391 = {instancePath:instancePath+"/standards/" + i11+"/openLate/" + i20+"/priority",schemaPath:"#/properties/standards/items/properties/openLate/items/properties/priority/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err391];
}
else {
vErrors.push(err391);
}
errors++;
}
}
if(data163.channel !== undefined){
if(typeof data163.channel !== "string"){
const err392 = {instancePath:instancePath+"/standards/" + i11+"/openLate/" + i20+"/channel",schemaPath:"#/properties/standards/items/properties/openLate/items/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err392];
}
else {
vErrors.push(err392);
}
errors++;
}
}
if(data163.team !== undefined){
let data168 = data163.team;
if((typeof data168 !== "string") && (data168 !== null)){
const err393 = {instancePath:instancePath+"/standards/" + i11+"/openLate/" + i20+"/team",schemaPath:"#/properties/standards/items/properties/openLate/items/properties/team/type",keyword:"type",params:{type: schema31.properties.standards.items.properties.openLate.items.properties.team.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err393];
}
else {
vErrors.push(err393);
}
errors++;
}
}
if(data163.minutes !== undefined){
let data169 = data163.minutes;
if(!((typeof data169 == "number") && (isFinite(data169)))){
const err394 = {instancePath:instancePath+"/standards/" + i11+"/openLate/" + i20+"/minutes",schemaPath:"#/properties/standards/items/properties/openLate/items/properties/minutes/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err394];
}
else {
vErrors.push(err394);
}
errors++;
}
}
if(data163.lateSince !== undefined){
let data170 = data163.lateSince;
if(typeof data170 === "string"){
if(!(formats0.validate(data170))){
const err395 = {instancePath:instancePath+"/standards/" + i11+"/openLate/" + i20+"/lateSince",schemaPath:"#/$defs/instant/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err395];
}
else {
vErrors.push(err395);
}
errors++;
}
}
else {
const err396 = {instancePath:instancePath+"/standards/" + i11+"/openLate/" + i20+"/lateSince",schemaPath:"#/$defs/instant/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err396];
}
else {
vErrors.push(err396);
}
errors++;
}
}
}
else {
const err397 = {instancePath:instancePath+"/standards/" + i11+"/openLate/" + i20,schemaPath:"#/properties/standards/items/properties/openLate/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err397];
}
else {
vErrors.push(err397);
}
errors++;
}
}
}
else {
const err398 = {instancePath:instancePath+"/standards/" + i11+"/openLate",schemaPath:"#/properties/standards/items/properties/openLate/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err398];
}
else {
vErrors.push(err398);
}
errors++;
}
}
if(data82.versions !== undefined){
let data171 = data82.versions;
if(Array.isArray(data171)){
const len21 = data171.length;
for(let i21=0; i21<len21; i21++){
let data172 = data171[i21];
if(data172 && typeof data172 == "object" && !Array.isArray(data172)){
if(data172.version === undefined){
const err399 = {instancePath:instancePath+"/standards/" + i11+"/versions/" + i21,schemaPath:"#/properties/standards/items/properties/versions/items/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};
if(vErrors === null){
vErrors = [err399];
}
else {
vErrors.push(err399);
}
errors++;
}
if(data172.from === undefined){
const err400 = {instancePath:instancePath+"/standards/" + i11+"/versions/" + i21,schemaPath:"#/properties/standards/items/properties/versions/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err400];
}
else {
vErrors.push(err400);
}
errors++;
}
if(data172.goal === undefined){
const err401 = {instancePath:instancePath+"/standards/" + i11+"/versions/" + i21,schemaPath:"#/properties/standards/items/properties/versions/items/required",keyword:"required",params:{missingProperty: "goal"},message:"must have required property '"+"goal"+"'"};
if(vErrors === null){
vErrors = [err401];
}
else {
vErrors.push(err401);
}
errors++;
}
for(const key29 in data172){
if(!(((key29 === "version") || (key29 === "from")) || (key29 === "goal"))){
const err402 = {instancePath:instancePath+"/standards/" + i11+"/versions/" + i21,schemaPath:"#/properties/standards/items/properties/versions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err402];
}
else {
vErrors.push(err402);
}
errors++;
}
}
if(data172.version !== undefined){
if(typeof data172.version !== "string"){
const err403 = {instancePath:instancePath+"/standards/" + i11+"/versions/" + i21+"/version",schemaPath:"#/properties/standards/items/properties/versions/items/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err403];
}
else {
vErrors.push(err403);
}
errors++;
}
}
if(data172.from !== undefined){
let data174 = data172.from;
if(typeof data174 === "string"){
if(!(formats24.validate(data174))){
const err404 = {instancePath:instancePath+"/standards/" + i11+"/versions/" + i21+"/from",schemaPath:"#/properties/standards/items/properties/versions/items/properties/from/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err404];
}
else {
vErrors.push(err404);
}
errors++;
}
}
else {
const err405 = {instancePath:instancePath+"/standards/" + i11+"/versions/" + i21+"/from",schemaPath:"#/properties/standards/items/properties/versions/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err405];
}
else {
vErrors.push(err405);
}
errors++;
}
}
if(data172.goal !== undefined){
let data175 = data172.goal;
if(data175 && typeof data175 == "object" && !Array.isArray(data175)){
if(data175.direction === undefined){
const err406 = {instancePath:instancePath+"/standards/" + i11+"/versions/" + i21+"/goal",schemaPath:"#/properties/standards/items/properties/versions/items/properties/goal/required",keyword:"required",params:{missingProperty: "direction"},message:"must have required property '"+"direction"+"'"};
if(vErrors === null){
vErrors = [err406];
}
else {
vErrors.push(err406);
}
errors++;
}
if(data175.value === undefined){
const err407 = {instancePath:instancePath+"/standards/" + i11+"/versions/" + i21+"/goal",schemaPath:"#/properties/standards/items/properties/versions/items/properties/goal/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};
if(vErrors === null){
vErrors = [err407];
}
else {
vErrors.push(err407);
}
errors++;
}
if(data175.text === undefined){
const err408 = {instancePath:instancePath+"/standards/" + i11+"/versions/" + i21+"/goal",schemaPath:"#/properties/standards/items/properties/versions/items/properties/goal/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'"};
if(vErrors === null){
vErrors = [err408];
}
else {
vErrors.push(err408);
}
errors++;
}
for(const key30 in data175){
if(!((((key30 === "direction") || (key30 === "value")) || (key30 === "thresholdMinutes")) || (key30 === "text"))){
const err409 = {instancePath:instancePath+"/standards/" + i11+"/versions/" + i21+"/goal",schemaPath:"#/properties/standards/items/properties/versions/items/properties/goal/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key30},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err409];
}
else {
vErrors.push(err409);
}
errors++;
}
}
if(data175.direction !== undefined){
let data176 = data175.direction;
if(typeof data176 !== "string"){
const err410 = {instancePath:instancePath+"/standards/" + i11+"/versions/" + i21+"/goal/direction",schemaPath:"#/properties/standards/items/properties/versions/items/properties/goal/properties/direction/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err410];
}
else {
vErrors.push(err410);
}
errors++;
}
if(!((data176 === "min") || (data176 === "max"))){
const err411 = {instancePath:instancePath+"/standards/" + i11+"/versions/" + i21+"/goal/direction",schemaPath:"#/properties/standards/items/properties/versions/items/properties/goal/properties/direction/enum",keyword:"enum",params:{allowedValues: schema31.properties.standards.items.properties.versions.items.properties.goal.properties.direction.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err411];
}
else {
vErrors.push(err411);
}
errors++;
}
}
if(data175.value !== undefined){
let data177 = data175.value;
if(!((typeof data177 == "number") && (isFinite(data177)))){
const err412 = {instancePath:instancePath+"/standards/" + i11+"/versions/" + i21+"/goal/value",schemaPath:"#/properties/standards/items/properties/versions/items/properties/goal/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err412];
}
else {
vErrors.push(err412);
}
errors++;
}
}
if(data175.thresholdMinutes !== undefined){
let data178 = data175.thresholdMinutes;
if(!((typeof data178 == "number") && (isFinite(data178)))){
const err413 = {instancePath:instancePath+"/standards/" + i11+"/versions/" + i21+"/goal/thresholdMinutes",schemaPath:"#/properties/standards/items/properties/versions/items/properties/goal/properties/thresholdMinutes/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err413];
}
else {
vErrors.push(err413);
}
errors++;
}
}
if(data175.text !== undefined){
if(typeof data175.text !== "string"){
const err414 = {instancePath:instancePath+"/standards/" + i11+"/versions/" + i21+"/goal/text",schemaPath:"#/properties/standards/items/properties/versions/items/properties/goal/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err414];
}
else {
vErrors.push(err414);
}
errors++;
}
}
}
else {
const err415 = {instancePath:instancePath+"/standards/" + i11+"/versions/" + i21+"/goal",schemaPath:"#/properties/standards/items/properties/versions/items/properties/goal/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err415];
}
else {
vErrors.push(err415);
}
errors++;
}
}
}
else {
const err416 = {instancePath:instancePath+"/standards/" + i11+"/versions/" + i21,schemaPath:"#/properties/standards/items/properties/versions/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err416];
}
else {
vErrors.push(err416);
}
errors++;
}
}
}
else {
const err417 = {instancePath:instancePath+"/standards/" + i11+"/versions",schemaPath:"#/properties/standards/items/properties/versions/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err417];
}
else {
vErrors.push(err417);
}
errors++;
}
}
if(data82.burn !== undefined){
let data180 = data82.burn;
if((!(data180 && typeof data180 == "object" && !Array.isArray(data180))) && (data180 !== null)){
const err418 = {instancePath:instancePath+"/standards/" + i11+"/burn",schemaPath:"#/properties/standards/items/properties/burn/type",keyword:"type",params:{type: schema31.properties.standards.items.properties.burn.type},message:"must be object,null"};
if(vErrors === null){
vErrors = [err418];
}
else {
vErrors.push(err418);
}
errors++;
}
if(data180 && typeof data180 == "object" && !Array.isArray(data180)){
if(data180.spans === undefined){
const err419 = {instancePath:instancePath+"/standards/" + i11+"/burn",schemaPath:"#/properties/standards/items/properties/burn/required",keyword:"required",params:{missingProperty: "spans"},message:"must have required property '"+"spans"+"'"};
if(vErrors === null){
vErrors = [err419];
}
else {
vErrors.push(err419);
}
errors++;
}
for(const key31 in data180){
if(!(key31 === "spans")){
const err420 = {instancePath:instancePath+"/standards/" + i11+"/burn",schemaPath:"#/properties/standards/items/properties/burn/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key31},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err420];
}
else {
vErrors.push(err420);
}
errors++;
}
}
if(data180.spans !== undefined){
let data181 = data180.spans;
if(Array.isArray(data181)){
const len22 = data181.length;
for(let i22=0; i22<len22; i22++){
let data182 = data181[i22];
if(data182 && typeof data182 == "object" && !Array.isArray(data182)){
if(data182.days === undefined){
const err421 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22,schemaPath:"#/$defs/burnSpan/required",keyword:"required",params:{missingProperty: "days"},message:"must have required property '"+"days"+"'"};
if(vErrors === null){
vErrors = [err421];
}
else {
vErrors.push(err421);
}
errors++;
}
if(data182.from === undefined){
const err422 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22,schemaPath:"#/$defs/burnSpan/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'"};
if(vErrors === null){
vErrors = [err422];
}
else {
vErrors.push(err422);
}
errors++;
}
if(data182.to === undefined){
const err423 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22,schemaPath:"#/$defs/burnSpan/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'"};
if(vErrors === null){
vErrors = [err423];
}
else {
vErrors.push(err423);
}
errors++;
}
if(data182.count === undefined){
const err424 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22,schemaPath:"#/$defs/burnSpan/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};
if(vErrors === null){
vErrors = [err424];
}
else {
vErrors.push(err424);
}
errors++;
}
if(data182.used === undefined){
const err425 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22,schemaPath:"#/$defs/burnSpan/required",keyword:"required",params:{missingProperty: "used"},message:"must have required property '"+"used"+"'"};
if(vErrors === null){
vErrors = [err425];
}
else {
vErrors.push(err425);
}
errors++;
}
if(data182.allowed === undefined){
const err426 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22,schemaPath:"#/$defs/burnSpan/required",keyword:"required",params:{missingProperty: "allowed"},message:"must have required property '"+"allowed"+"'"};
if(vErrors === null){
vErrors = [err426];
}
else {
vErrors.push(err426);
}
errors++;
}
if(data182.rate === undefined){
const err427 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22,schemaPath:"#/$defs/burnSpan/required",keyword:"required",params:{missingProperty: "rate"},message:"must have required property '"+"rate"+"'"};
if(vErrors === null){
vErrors = [err427];
}
else {
vErrors.push(err427);
}
errors++;
}
if(data182.runsOut === undefined){
const err428 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22,schemaPath:"#/$defs/burnSpan/required",keyword:"required",params:{missingProperty: "runsOut"},message:"must have required property '"+"runsOut"+"'"};
if(vErrors === null){
vErrors = [err428];
}
else {
vErrors.push(err428);
}
errors++;
}
if(data182.daysLeft === undefined){
const err429 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22,schemaPath:"#/$defs/burnSpan/required",keyword:"required",params:{missingProperty: "daysLeft"},message:"must have required property '"+"daysLeft"+"'"};
if(vErrors === null){
vErrors = [err429];
}
else {
vErrors.push(err429);
}
errors++;
}
for(const key32 in data182){
if(!(func1.call(schema62.properties, key32))){
const err430 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22,schemaPath:"#/$defs/burnSpan/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key32},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err430];
}
else {
vErrors.push(err430);
}
errors++;
}
}
if(data182.days !== undefined){
let data183 = data182.days;
if(!(((typeof data183 == "number") && (!(data183 % 1) && !isNaN(data183))) && (isFinite(data183)))){
const err431 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22+"/days",schemaPath:"#/$defs/burnSpan/properties/days/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err431];
}
else {
vErrors.push(err431);
}
errors++;
}
if((typeof data183 == "number") && (isFinite(data183))){
if(data183 < 1 || isNaN(data183)){
const err432 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22+"/days",schemaPath:"#/$defs/burnSpan/properties/days/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err432];
}
else {
vErrors.push(err432);
}
errors++;
}
}
}
if(data182.from !== undefined){
let data184 = data182.from;
if(typeof data184 === "string"){
if(!(formats24.validate(data184))){
const err433 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22+"/from",schemaPath:"#/$defs/burnSpan/properties/from/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err433];
}
else {
vErrors.push(err433);
}
errors++;
}
}
else {
const err434 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22+"/from",schemaPath:"#/$defs/burnSpan/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err434];
}
else {
vErrors.push(err434);
}
errors++;
}
}
if(data182.to !== undefined){
let data185 = data182.to;
if(typeof data185 === "string"){
if(!(formats24.validate(data185))){
const err435 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22+"/to",schemaPath:"#/$defs/burnSpan/properties/to/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err435];
}
else {
vErrors.push(err435);
}
errors++;
}
}
else {
const err436 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22+"/to",schemaPath:"#/$defs/burnSpan/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err436];
}
else {
vErrors.push(err436);
}
errors++;
}
}
if(data182.count !== undefined){
let data186 = data182.count;
if(!(((typeof data186 == "number") && (!(data186 % 1) && !isNaN(data186))) && (isFinite(data186)))){
const err437 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22+"/count",schemaPath:"#/$defs/burnSpan/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err437];
}
else {
vErrors.push(err437);
}
errors++;
}
if((typeof data186 == "number") && (isFinite(data186))){
if(data186 < 0 || isNaN(data186)){
const err438 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22+"/count",schemaPath:"#/$defs/burnSpan/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err438];
}
else {
vErrors.push(err438);
}
errors++;
}
}
}
if(data182.used !== undefined){
let data187 = data182.used;
if((typeof data187 == "number") && (isFinite(data187))){
if(data187 < 0 || isNaN(data187)){
const err439 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22+"/used",schemaPath:"#/$defs/burnSpan/properties/used/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err439];
}
else {
vErrors.push(err439);
}
errors++;
}
}
else {
const err440 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22+"/used",schemaPath:"#/$defs/burnSpan/properties/used/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err440];
}
else {
vErrors.push(err440);
}
errors++;
}
}
if(data182.allowed !== undefined){
let data188 = data182.allowed;
if((typeof data188 == "number") && (isFinite(data188))){
if(data188 < 0 || isNaN(data188)){
const err441 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22+"/allowed",schemaPath:"#/$defs/burnSpan/properties/allowed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err441];
}
else {
vErrors.push(err441);
}
errors++;
}
}
else {
const err442 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22+"/allowed",schemaPath:"#/$defs/burnSpan/properties/allowed/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err442];
}
else {
vErrors.push(err442);
}
errors++;
}
}
if(data182.rate !== undefined){
let data189 = data182.rate;
if((!((typeof data189 == "number") && (isFinite(data189)))) && (data189 !== null)){
const err443 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22+"/rate",schemaPath:"#/$defs/burnSpan/properties/rate/type",keyword:"type",params:{type: schema62.properties.rate.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err443];
}
else {
vErrors.push(err443);
}
errors++;
}
if((typeof data189 == "number") && (isFinite(data189))){
if(data189 < 0 || isNaN(data189)){
const err444 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22+"/rate",schemaPath:"#/$defs/burnSpan/properties/rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err444];
}
else {
vErrors.push(err444);
}
errors++;
}
}
}
if(data182.runsOut !== undefined){
let data190 = data182.runsOut;
if((typeof data190 !== "string") && (data190 !== null)){
const err445 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22+"/runsOut",schemaPath:"#/$defs/burnSpan/properties/runsOut/type",keyword:"type",params:{type: schema62.properties.runsOut.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err445];
}
else {
vErrors.push(err445);
}
errors++;
}
if(typeof data190 === "string"){
if(!(formats24.validate(data190))){
const err446 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22+"/runsOut",schemaPath:"#/$defs/burnSpan/properties/runsOut/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err446];
}
else {
vErrors.push(err446);
}
errors++;
}
}
}
if(data182.daysLeft !== undefined){
let data191 = data182.daysLeft;
if((!((typeof data191 == "number") && (isFinite(data191)))) && (data191 !== null)){
const err447 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22+"/daysLeft",schemaPath:"#/$defs/burnSpan/properties/daysLeft/type",keyword:"type",params:{type: schema62.properties.daysLeft.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err447];
}
else {
vErrors.push(err447);
}
errors++;
}
if((typeof data191 == "number") && (isFinite(data191))){
if(data191 < 0 || isNaN(data191)){
const err448 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22+"/daysLeft",schemaPath:"#/$defs/burnSpan/properties/daysLeft/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err448];
}
else {
vErrors.push(err448);
}
errors++;
}
}
}
}
else {
const err449 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans/" + i22,schemaPath:"#/$defs/burnSpan/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err449];
}
else {
vErrors.push(err449);
}
errors++;
}
}
}
else {
const err450 = {instancePath:instancePath+"/standards/" + i11+"/burn/spans",schemaPath:"#/properties/standards/items/properties/burn/properties/spans/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err450];
}
else {
vErrors.push(err450);
}
errors++;
}
}
}
}
if(data82.qa !== undefined){
let data192 = data82.qa;
if(data192 && typeof data192 == "object" && !Array.isArray(data192)){
if(data192.scorecard === undefined){
const err451 = {instancePath:instancePath+"/standards/" + i11+"/qa",schemaPath:"#/properties/standards/items/properties/qa/required",keyword:"required",params:{missingProperty: "scorecard"},message:"must have required property '"+"scorecard"+"'"};
if(vErrors === null){
vErrors = [err451];
}
else {
vErrors.push(err451);
}
errors++;
}
if(data192.reviews === undefined){
const err452 = {instancePath:instancePath+"/standards/" + i11+"/qa",schemaPath:"#/properties/standards/items/properties/qa/required",keyword:"required",params:{missingProperty: "reviews"},message:"must have required property '"+"reviews"+"'"};
if(vErrors === null){
vErrors = [err452];
}
else {
vErrors.push(err452);
}
errors++;
}
if(data192.behaviours === undefined){
const err453 = {instancePath:instancePath+"/standards/" + i11+"/qa",schemaPath:"#/properties/standards/items/properties/qa/required",keyword:"required",params:{missingProperty: "behaviours"},message:"must have required property '"+"behaviours"+"'"};
if(vErrors === null){
vErrors = [err453];
}
else {
vErrors.push(err453);
}
errors++;
}
if(data192.costliest === undefined){
const err454 = {instancePath:instancePath+"/standards/" + i11+"/qa",schemaPath:"#/properties/standards/items/properties/qa/required",keyword:"required",params:{missingProperty: "costliest"},message:"must have required property '"+"costliest"+"'"};
if(vErrors === null){
vErrors = [err454];
}
else {
vErrors.push(err454);
}
errors++;
}
for(const key33 in data192){
if(!((((key33 === "scorecard") || (key33 === "reviews")) || (key33 === "behaviours")) || (key33 === "costliest"))){
const err455 = {instancePath:instancePath+"/standards/" + i11+"/qa",schemaPath:"#/properties/standards/items/properties/qa/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key33},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err455];
}
else {
vErrors.push(err455);
}
errors++;
}
}
if(data192.scorecard !== undefined){
if(typeof data192.scorecard !== "string"){
const err456 = {instancePath:instancePath+"/standards/" + i11+"/qa/scorecard",schemaPath:"#/properties/standards/items/properties/qa/properties/scorecard/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err456];
}
else {
vErrors.push(err456);
}
errors++;
}
}
if(data192.reviews !== undefined){
let data194 = data192.reviews;
if(!(((typeof data194 == "number") && (!(data194 % 1) && !isNaN(data194))) && (isFinite(data194)))){
const err457 = {instancePath:instancePath+"/standards/" + i11+"/qa/reviews",schemaPath:"#/properties/standards/items/properties/qa/properties/reviews/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err457];
}
else {
vErrors.push(err457);
}
errors++;
}
if((typeof data194 == "number") && (isFinite(data194))){
if(data194 < 0 || isNaN(data194)){
const err458 = {instancePath:instancePath+"/standards/" + i11+"/qa/reviews",schemaPath:"#/properties/standards/items/properties/qa/properties/reviews/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err458];
}
else {
vErrors.push(err458);
}
errors++;
}
}
}
if(data192.behaviours !== undefined){
let data195 = data192.behaviours;
if(Array.isArray(data195)){
const len23 = data195.length;
for(let i23=0; i23<len23; i23++){
let data196 = data195[i23];
if(data196 && typeof data196 == "object" && !Array.isArray(data196)){
if(data196.id === undefined){
const err459 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23,schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err459];
}
else {
vErrors.push(err459);
}
errors++;
}
if(data196.title === undefined){
const err460 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23,schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'"};
if(vErrors === null){
vErrors = [err460];
}
else {
vErrors.push(err460);
}
errors++;
}
if(data196.critical === undefined){
const err461 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23,schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/required",keyword:"required",params:{missingProperty: "critical"},message:"must have required property '"+"critical"+"'"};
if(vErrors === null){
vErrors = [err461];
}
else {
vErrors.push(err461);
}
errors++;
}
if(data196.applicable === undefined){
const err462 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23,schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/required",keyword:"required",params:{missingProperty: "applicable"},message:"must have required property '"+"applicable"+"'"};
if(vErrors === null){
vErrors = [err462];
}
else {
vErrors.push(err462);
}
errors++;
}
if(data196.passed === undefined){
const err463 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23,schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/required",keyword:"required",params:{missingProperty: "passed"},message:"must have required property '"+"passed"+"'"};
if(vErrors === null){
vErrors = [err463];
}
else {
vErrors.push(err463);
}
errors++;
}
if(data196.passRate === undefined){
const err464 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23,schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/required",keyword:"required",params:{missingProperty: "passRate"},message:"must have required property '"+"passRate"+"'"};
if(vErrors === null){
vErrors = [err464];
}
else {
vErrors.push(err464);
}
errors++;
}
if(data196.points === undefined){
const err465 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23,schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/required",keyword:"required",params:{missingProperty: "points"},message:"must have required property '"+"points"+"'"};
if(vErrors === null){
vErrors = [err465];
}
else {
vErrors.push(err465);
}
errors++;
}
if(data196.trend === undefined){
const err466 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23,schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/required",keyword:"required",params:{missingProperty: "trend"},message:"must have required property '"+"trend"+"'"};
if(vErrors === null){
vErrors = [err466];
}
else {
vErrors.push(err466);
}
errors++;
}
for(const key34 in data196){
if(!((((((((key34 === "id") || (key34 === "title")) || (key34 === "critical")) || (key34 === "applicable")) || (key34 === "passed")) || (key34 === "passRate")) || (key34 === "points")) || (key34 === "trend"))){
const err467 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23,schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key34},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err467];
}
else {
vErrors.push(err467);
}
errors++;
}
}
if(data196.id !== undefined){
if(typeof data196.id !== "string"){
const err468 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/id",schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err468];
}
else {
vErrors.push(err468);
}
errors++;
}
}
if(data196.title !== undefined){
if(typeof data196.title !== "string"){
const err469 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/title",schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err469];
}
else {
vErrors.push(err469);
}
errors++;
}
}
if(data196.critical !== undefined){
if(typeof data196.critical !== "boolean"){
const err470 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/critical",schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/critical/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err470];
}
else {
vErrors.push(err470);
}
errors++;
}
}
if(data196.applicable !== undefined){
let data200 = data196.applicable;
if(!(((typeof data200 == "number") && (!(data200 % 1) && !isNaN(data200))) && (isFinite(data200)))){
const err471 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/applicable",schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/applicable/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err471];
}
else {
vErrors.push(err471);
}
errors++;
}
if((typeof data200 == "number") && (isFinite(data200))){
if(data200 < 0 || isNaN(data200)){
const err472 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/applicable",schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/applicable/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err472];
}
else {
vErrors.push(err472);
}
errors++;
}
}
}
if(data196.passed !== undefined){
let data201 = data196.passed;
if(!(((typeof data201 == "number") && (!(data201 % 1) && !isNaN(data201))) && (isFinite(data201)))){
const err473 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/passed",schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/passed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err473];
}
else {
vErrors.push(err473);
}
errors++;
}
if((typeof data201 == "number") && (isFinite(data201))){
if(data201 < 0 || isNaN(data201)){
const err474 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/passed",schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/passed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err474];
}
else {
vErrors.push(err474);
}
errors++;
}
}
}
if(data196.passRate !== undefined){
let data202 = data196.passRate;
if((!((typeof data202 == "number") && (isFinite(data202)))) && (data202 !== null)){
const err475 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/passRate",schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/passRate/type",keyword:"type",params:{type: schema31.properties.standards.items.properties.qa.properties.behaviours.items.properties.passRate.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err475];
}
else {
vErrors.push(err475);
}
errors++;
}
}
if(data196.points !== undefined){
let data203 = data196.points;
if((!((typeof data203 == "number") && (isFinite(data203)))) && (data203 !== null)){
const err476 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/points",schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/points/type",keyword:"type",params:{type: schema31.properties.standards.items.properties.qa.properties.behaviours.items.properties.points.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err476];
}
else {
vErrors.push(err476);
}
errors++;
}
}
if(data196.trend !== undefined){
let data204 = data196.trend;
if(Array.isArray(data204)){
const len24 = data204.length;
for(let i24=0; i24<len24; i24++){
let data205 = data204[i24];
if(data205 && typeof data205 == "object" && !Array.isArray(data205)){
if(data205.week === undefined){
const err477 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/trend/" + i24,schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/trend/items/required",keyword:"required",params:{missingProperty: "week"},message:"must have required property '"+"week"+"'"};
if(vErrors === null){
vErrors = [err477];
}
else {
vErrors.push(err477);
}
errors++;
}
if(data205.applicable === undefined){
const err478 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/trend/" + i24,schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/trend/items/required",keyword:"required",params:{missingProperty: "applicable"},message:"must have required property '"+"applicable"+"'"};
if(vErrors === null){
vErrors = [err478];
}
else {
vErrors.push(err478);
}
errors++;
}
if(data205.passed === undefined){
const err479 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/trend/" + i24,schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/trend/items/required",keyword:"required",params:{missingProperty: "passed"},message:"must have required property '"+"passed"+"'"};
if(vErrors === null){
vErrors = [err479];
}
else {
vErrors.push(err479);
}
errors++;
}
if(data205.passRate === undefined){
const err480 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/trend/" + i24,schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/trend/items/required",keyword:"required",params:{missingProperty: "passRate"},message:"must have required property '"+"passRate"+"'"};
if(vErrors === null){
vErrors = [err480];
}
else {
vErrors.push(err480);
}
errors++;
}
for(const key35 in data205){
if(!((((key35 === "week") || (key35 === "applicable")) || (key35 === "passed")) || (key35 === "passRate"))){
const err481 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/trend/" + i24,schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/trend/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key35},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err481];
}
else {
vErrors.push(err481);
}
errors++;
}
}
if(data205.week !== undefined){
let data206 = data205.week;
if(typeof data206 === "string"){
if(!(formats24.validate(data206))){
const err482 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/trend/" + i24+"/week",schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/trend/items/properties/week/format",keyword:"format",params:{format: "date"},message:"must match format \""+"date"+"\""};
if(vErrors === null){
vErrors = [err482];
}
else {
vErrors.push(err482);
}
errors++;
}
}
else {
const err483 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/trend/" + i24+"/week",schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/trend/items/properties/week/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err483];
}
else {
vErrors.push(err483);
}
errors++;
}
}
if(data205.applicable !== undefined){
let data207 = data205.applicable;
if(!(((typeof data207 == "number") && (!(data207 % 1) && !isNaN(data207))) && (isFinite(data207)))){
const err484 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/trend/" + i24+"/applicable",schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/trend/items/properties/applicable/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err484];
}
else {
vErrors.push(err484);
}
errors++;
}
if((typeof data207 == "number") && (isFinite(data207))){
if(data207 < 0 || isNaN(data207)){
const err485 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/trend/" + i24+"/applicable",schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/trend/items/properties/applicable/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err485];
}
else {
vErrors.push(err485);
}
errors++;
}
}
}
if(data205.passed !== undefined){
let data208 = data205.passed;
if(!(((typeof data208 == "number") && (!(data208 % 1) && !isNaN(data208))) && (isFinite(data208)))){
const err486 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/trend/" + i24+"/passed",schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/trend/items/properties/passed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err486];
}
else {
vErrors.push(err486);
}
errors++;
}
if((typeof data208 == "number") && (isFinite(data208))){
if(data208 < 0 || isNaN(data208)){
const err487 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/trend/" + i24+"/passed",schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/trend/items/properties/passed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};
if(vErrors === null){
vErrors = [err487];
}
else {
vErrors.push(err487);
}
errors++;
}
}
}
if(data205.passRate !== undefined){
let data209 = data205.passRate;
if((!((typeof data209 == "number") && (isFinite(data209)))) && (data209 !== null)){
const err488 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/trend/" + i24+"/passRate",schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/trend/items/properties/passRate/type",keyword:"type",params:{type: schema31.properties.standards.items.properties.qa.properties.behaviours.items.properties.trend.items.properties.passRate.type},message:"must be number,null"};
if(vErrors === null){
vErrors = [err488];
}
else {
vErrors.push(err488);
}
errors++;
}
}
}
else {
const err489 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/trend/" + i24,schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/trend/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err489];
}
else {
vErrors.push(err489);
}
errors++;
}
}
}
else {
const err490 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23+"/trend",schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/properties/trend/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err490];
}
else {
vErrors.push(err490);
}
errors++;
}
}
}
else {
const err491 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours/" + i23,schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err491];
}
else {
vErrors.push(err491);
}
errors++;
}
}
}
else {
const err492 = {instancePath:instancePath+"/standards/" + i11+"/qa/behaviours",schemaPath:"#/properties/standards/items/properties/qa/properties/behaviours/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err492];
}
else {
vErrors.push(err492);
}
errors++;
}
}
if(data192.costliest !== undefined){
let data210 = data192.costliest;
if((typeof data210 !== "string") && (data210 !== null)){
const err493 = {instancePath:instancePath+"/standards/" + i11+"/qa/costliest",schemaPath:"#/properties/standards/items/properties/qa/properties/costliest/type",keyword:"type",params:{type: schema31.properties.standards.items.properties.qa.properties.costliest.type},message:"must be string,null"};
if(vErrors === null){
vErrors = [err493];
}
else {
vErrors.push(err493);
}
errors++;
}
}
}
else {
const err494 = {instancePath:instancePath+"/standards/" + i11+"/qa",schemaPath:"#/properties/standards/items/properties/qa/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err494];
}
else {
vErrors.push(err494);
}
errors++;
}
}
if(data82.statement !== undefined){
if(typeof data82.statement !== "string"){
const err495 = {instancePath:instancePath+"/standards/" + i11+"/statement",schemaPath:"#/properties/standards/items/properties/statement/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err495];
}
else {
vErrors.push(err495);
}
errors++;
}
}
}
else {
const err496 = {instancePath:instancePath+"/standards/" + i11,schemaPath:"#/properties/standards/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err496];
}
else {
vErrors.push(err496);
}
errors++;
}
}
}
else {
const err497 = {instancePath:instancePath+"/standards",schemaPath:"#/properties/standards/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err497];
}
else {
vErrors.push(err497);
}
errors++;
}
}
}
else {
const err498 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err498];
}
else {
vErrors.push(err498);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
});
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"report.schema.json","title":"Compliance report","description":"What one evaluation produced: everything the site shows, and nothing it must recompute. Fractions are 0–1; durations are minutes.","type":"object","additionalProperties":false,"required":["schemaVersion","generatedAt","now","organisation","data","summary","standards"],"$defs":{"instant":{"type":"string","format":"date-time"},"tieOutReason":{"type":"string","enum":["reopened-open-now","helpdesk-has-none","we-have-none","different-times"],"description":"Why our figure and the helpdesk's differ: `reopened-open-now` (full resolution of a ticket reopened and unsolved now: the helpdesk keeps the time of its last solve, we count it as unsolved), `helpdesk-has-none` (we have a figure, the helpdesk none), `we-have-none` (the helpdesk has a figure, we none), `different-times` (both have one and they differ)."},"status":{"type":"string","enum":["met","at-risk","breached","no-data"],"description":"met, at-risk (met but little error budget left), breached, or no-data (fewer tickets than the minimum sample)."},"segment":{"type":"object","additionalProperties":false,"required":["key","count","met","value"],"properties":{"key":{"type":"string","description":"Segment value, e.g. `urgent`; `(none)` when the ticket has none."},"count":{"type":"integer","minimum":0,"description":"Tickets (or responses) counted."},"met":{"type":"integer","minimum":0,"description":"Of which met the threshold (duration metrics) or counted as a success (rate metrics)."},"value":{"type":["number","null"],"description":"Attainment (duration metrics) or metric value (rate and score metrics) in this segment; null without data."}}},"burnSpan":{"title":"BurnSpan","type":"object","additionalProperties":false,"required":["days","from","to","count","used","allowed","rate","runsOut","daysLeft"],"description":"The error budget's burn over whole local days ending the day before the evaluation's: the measurements that completed on those days, what they used and what the goal allowed them.","properties":{"days":{"type":"integer","minimum":1,"description":"Days in the span as asked (1 or 7); fewer days of series may be behind it, see `from`."},"from":{"type":"string","format":"date","description":"First local day of the span."},"to":{"type":"string","format":"date","description":"Last local day of the span: the day before the evaluation's."},"count":{"type":"integer","minimum":0,"description":"Measurements completed in the span."},"used":{"type":"number","minimum":0,"description":"Error budget they used, in misses (score units for NPS and QA scores)."},"allowed":{"type":"number","minimum":0,"description":"Error budget the goal allowed them, in the same units."},"rate":{"type":["number","null"],"minimum":0,"description":"Burn rate: used / allowed. 1 spends the budget exactly as fast as the goal allows; 2 twice as fast. Null when nothing was counted or nothing is allowed (a 100% objective)."},"runsOut":{"type":["string","null"],"format":"date","description":"The local day the window's error budget runs out if the burn goes on at this rate; null when it does not (rate at most 1, budget already spent, or, for a calendar window, not before the period ends)."},"daysLeft":{"type":["number","null"],"minimum":0,"description":"Days from the evaluation until then (two decimals); null with `runsOut`."}}},"span":{"title":"ExplanationSpan","type":"object","additionalProperties":false,"required":["from","to","minutes"],"description":"A stretch of a measurement: business time counted, or time left out and why.","properties":{"from":{"$ref":"#/$defs/instant"},"to":{"$ref":"#/$defs/instant"},"minutes":{"type":"number","minimum":0,"description":"Minutes of the stretch: business minutes counted, or wall-clock minutes left out."},"reason":{"type":"string","enum":["closed","holiday","paused","solved"],"description":"Left out only: outside business hours, a holiday of the calendar (by the calendar version that applied that day), a pause status, or solved before a reopen."},"detail":{"type":"string","description":"Left out only: the holiday's name, the pause status, …"}}},"measurement":{"title":"ExplainedMeasurement","type":"object","additionalProperties":false,"required":["what","start","end","minutes","version","result","inWindow"],"description":"One measurement of the ticket for the standard and how it was judged.","properties":{"what":{"type":"string","description":"What was measured, e.g. `first reply`, `next reply`, `satisfaction rating`."},"start":{"type":"object","additionalProperties":false,"required":["at","event"],"properties":{"at":{"$ref":"#/$defs/instant"},"event":{"type":"string","description":"e.g. `ticket created`, `customer reply`."}}},"end":{"type":["object","null"],"additionalProperties":false,"required":["at","event"],"description":"How the measurement ended; null while it is still running at now.","properties":{"at":{"$ref":"#/$defs/instant"},"event":{"type":"string","description":"e.g. `first public agent reply`, `final solve`."}}},"minutes":{"type":["number","null"],"description":"Business minutes counted (so far, when still running); null for a rate or score."},"counted":{"type":"array","items":{"$ref":"#/$defs/span"},"description":"The stretches of business time counted, oldest first."},"leftOut":{"type":"array","items":{"$ref":"#/$defs/span"},"description":"The stretches left out between start and end, with their reasons, oldest first."},"more":{"type":"object","additionalProperties":false,"required":["counted","countedMinutes","leftOut","leftOutMinutes"],"description":"Stretches not listed (a report lists the first few only): how many and how long.","properties":{"counted":{"type":"integer","minimum":0},"countedMinutes":{"type":"number","minimum":0},"leftOut":{"type":"integer","minimum":0},"leftOutMinutes":{"type":"number","minimum":0}}},"version":{"type":["string","null"],"description":"The version of the standard that judged it; null when none did."},"goal":{"type":"string","description":"That version's goal in words."},"thresholdMinutes":{"type":"number","description":"That version's per-ticket threshold (duration metrics)."},"result":{"type":"string","enum":["met","missed","breached","pending","success","failure","not-counted"],"description":"met or missed (complete), breached (still open, already past the threshold: a miss), pending (open, inside it: not counted yet), success or failure (a rate trial), not-counted (see `note`)."},"score":{"type":"number","description":"A score's value: the review score (0–1) or the NPS answer (0–10)."},"passedAt":{"$ref":"#/$defs/instant","description":"When the running time passed the threshold."},"dueAt":{"$ref":"#/$defs/instant","description":"Pending: when it passes the threshold if nothing happens (null while paused)."},"countedAt":{"$ref":"#/$defs/instant","description":"The instant it counts at: completion, or the instant an open measurement passed its threshold."},"countedOn":{"type":"string","format":"date","description":"The local day (in the standard's time zone) it counts on."},"inWindow":{"type":"boolean","description":"It counts in the headline window."},"note":{"type":"string","description":"Why it is not counted, or anything else a reader needs."}}},"explanation":{"title":"TicketExplanation","type":"object","additionalProperties":false,"required":["ticket","standard","now","verdict","measurements"],"description":"How one ticket was measured for one standard as of `now`: whether it is in scope, each measurement's start and end, the business time counted and the time left out, the version and threshold that judged it, and the result (`standards explain`).","properties":{"ticket":{"type":"string"},"standard":{"type":"string"},"now":{"$ref":"#/$defs/instant"},"verdict":{"type":"string","enum":["measured","not-measured","out-of-scope","excluded","not-yet-created","unusable"],"description":"measured (see `measurements`), not-measured (in scope, nothing to count, e.g. solved without a reply), out-of-scope, excluded (an exclusion period), not-yet-created (after now) or unusable (the ticket is rejected)."},"reason":{"type":"string","description":"Why it is in or out of scope, excluded, not measured or unusable, in words."},"calendar":{"type":["object","null"],"additionalProperties":false,"required":["id","timezone"],"description":"The business calendar of the version in force now; null: around the clock.","properties":{"id":{"type":"string"},"timezone":{"type":"string"},"versions":{"type":"array","items":{"type":"string"},"description":"When the calendar has changed: its versions, oldest first."}}},"measurements":{"type":"array","items":{"$ref":"#/$defs/measurement"}}}},"day":{"title":"SeriesDay","type":"object","additionalProperties":false,"required":["date","count","met","value","windowValue"],"properties":{"date":{"type":"string","format":"date","description":"Day (in the evaluation's time zone)."},"count":{"type":"integer","minimum":0,"description":"Measurements completed that day."},"met":{"type":"integer","minimum":0,"description":"Of which met / successes."},"value":{"type":["number","null"],"description":"That day's attainment or value; null without data."},"windowValue":{"type":["number","null"],"description":"Attainment or value over the standard's window ending with that local day (N local days for a rolling window, the month or quarter so far for a calendar one); for today, the last day, the headline window ending now, so it equals the standard's `value`. Null without data."},"version":{"type":["string","null"],"description":"The version of the standard that judged this day's measurements (a day lies within one version; see `versions`); null before the standard took effect. Absent in reports written before history-aware evaluation."},"windowVersions":{"type":"array","items":{"type":"string"},"description":"When the window ending that day spans more than one version: their labels, oldest first (each measurement in `windowValue` was judged by its own). Absent otherwise."}}}},"properties":{"schemaVersion":{"const":1,"description":"Report format version."},"generatedAt":{"$ref":"#/$defs/instant","description":"When the report was written."},"now":{"$ref":"#/$defs/instant","description":"The evaluation instant: windows end here."},"organisation":{"type":"string"},"data":{"type":"object","additionalProperties":false,"required":["source","fetchedAt","tickets","from","to","rejected"],"description":"What data the evaluation saw.","properties":{"source":{"type":"string","description":"Source type, e.g. `sample`."},"fetchedAt":{"anyOf":[{"$ref":"#/$defs/instant"},{"type":"null"}],"description":"End of the last successful fetch."},"tickets":{"type":"integer","minimum":0,"description":"Tickets in the store."},"from":{"anyOf":[{"$ref":"#/$defs/instant"},{"type":"null"}],"description":"Creation time of the oldest ticket."},"to":{"anyOf":[{"$ref":"#/$defs/instant"},{"type":"null"}],"description":"Creation time of the newest ticket."},"rejected":{"type":"array","description":"Tickets left out because their data was unusable, by reason: the engine's own reasons, and the records the fetches could not store (skipped by the source as unreadable, dated in the future when fetched), counted on every run until they are fixed upstream.","items":{"type":"object","additionalProperties":false,"required":["reason","count","examples"],"properties":{"reason":{"type":"string"},"count":{"type":"integer","minimum":1},"examples":{"type":"array","items":{"type":"string"},"maxItems":5,"description":"A few ticket ids; for a record a source skipped without an id, where it was (e.g. `tickets.csv row 14, column \"Created at\"`)."}}}},"scopeGaps":{"type":"array","description":"Values a standard's scope names (category, team, channel, tag) that no stored ticket carries, with the setting that would map them: such a standard reads nothing for that value. Absent when there are none.","items":{"type":"object","additionalProperties":false,"required":["standard","field","value","message"],"properties":{"standard":{"type":"string","description":"Id of the standard."},"field":{"type":"string","enum":["category","team","channel","tags"]},"value":{"type":"string","description":"The value as the scope names it."},"message":{"type":"string","description":"What is missing and where to map it, e.g. `no stored ticket has category billing: map your category field in source.zendesk.category (type, a custom field or tags)`."}}}},"tieOut":{"type":"object","additionalProperties":false,"required":["against","tickets","toleranceMinutes","metrics","disagreements"],"description":"Present when the source carries the helpdesk's own figures (Zendesk with `tieOut: true`): our first reply and full resolution times, in calendar minutes, compared ticket by ticket with the helpdesk's.","properties":{"against":{"type":"string","description":"Whose figures, e.g. `Zendesk ticket metrics`."},"tickets":{"type":"integer","minimum":0,"description":"Tickets that carried the helpdesk's figures."},"toleranceMinutes":{"type":"number","minimum":0,"description":"Two figures this close agree (the helpdesk rounds to whole minutes)."},"metrics":{"type":"array","description":"Per metric: how many tickets agree and disagree. Both without a figure (not replied yet, not solved) counts as agreeing.","items":{"type":"object","additionalProperties":false,"required":["metric","agree","disagree"],"properties":{"metric":{"type":"string","enum":["first_response_time","full_resolution_time"],"description":"Metric id from the catalogue."},"agree":{"type":"integer","minimum":0,"description":"Tickets whose two figures agree."},"disagree":{"type":"integer","minimum":0,"description":"Tickets whose two figures differ by more than the tolerance."},"reasons":{"type":"array","description":"The disagreements by reason, each reason once, most tickets first: `definition` where the two sides define the figure differently (expected), `unexplained` where no known difference of definition explains it (a defect in the source, the mapping or our metric until shown otherwise). Absent in reports written before the tie-out classified its differences.","items":{"type":"object","additionalProperties":false,"required":["reason","kind","count"],"properties":{"reason":{"$ref":"#/$defs/tieOutReason"},"kind":{"type":"string","enum":["definition","unexplained"],"description":"A difference of definition, or one no definition explains."},"count":{"type":"integer","minimum":1,"description":"Tickets that differ for this reason."}}}}}}},"disagreements":{"type":"array","description":"At most 10 disagreements, the unexplained ones first, each group in store order: ticket, metric, our minutes and the helpdesk's (null: no figure), and why they differ.","items":{"type":"object","additionalProperties":false,"required":["ticket","metric","ours","theirs"],"properties":{"ticket":{"type":"string","description":"Ticket id."},"reason":{"$ref":"#/$defs/tieOutReason"},"metric":{"type":"string","enum":["first_response_time","full_resolution_time"],"description":"Metric id from the catalogue."},"ours":{"type":["number","null"],"description":"Our figure in calendar minutes."},"theirs":{"type":["number","null"],"description":"The helpdesk's figure in calendar minutes."}}}}}}}},"qa":{"type":"object","additionalProperties":false,"required":["scorecards"],"description":"The QA reviews in the store, per scorecard: how many, how many wait for their ticket or cannot count, and how much reviewers agree when several score the same ticket. Absent when the store holds no QA review. Never names a person.","properties":{"scorecards":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["scorecard","reviews","waiting","notCounted","calibration"],"properties":{"scorecard":{"type":"string"},"reviews":{"type":"integer","minimum":0,"description":"Reviews stored with this scorecard, made up to now."},"waiting":{"type":"integer","minimum":0,"description":"Of which the ticket is not in the store yet: kept, and counted once it arrives."},"notCounted":{"type":"object","additionalProperties":false,"required":["count","examples"],"description":"Reviews that cannot count: dated before their ticket was created.","properties":{"count":{"type":"integer","minimum":0},"examples":{"type":"array","maxItems":5,"items":{"type":"string"},"description":"Ticket ids."}}},"calibration":{"type":"object","additionalProperties":false,"required":["from","to","tickets","behaviours"],"description":"Agreement between reviewers over the series days: for every ticket that two or more reviewers scored (each reviewer's latest review), every pair of reviewers compared behaviour by behaviour.","properties":{"from":{"type":"string","format":"date-time"},"to":{"type":"string","format":"date-time"},"tickets":{"type":"integer","minimum":0,"description":"Tickets scored by two or more reviewers."},"behaviours":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","title","pairs","agreed","agreement"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"pairs":{"type":"integer","minimum":0,"description":"Pairs of reviewers who both marked the behaviour on the same ticket."},"agreed":{"type":"integer","minimum":0,"description":"Of which gave the same mark (pass, fail or not applicable; a score counts as pass at or above the pass mark)."},"agreement":{"type":["number","null"],"description":"agreed / pairs; null without pairs."}}}}}}}}}}},"acknowledgements":{"type":"array","description":"For every active SOP, the version in force and how many members of each team that follows it have acknowledged that version (README \"SOP acknowledgement\"). Absent in reports written before it. Never names a person.","items":{"type":"object","additionalProperties":false,"required":["sop","version","published","followers","acknowledged","teams"],"properties":{"sop":{"type":"string"},"version":{"type":"integer","minimum":1,"description":"The version in force."},"published":{"type":["string","null"],"format":"date-time","description":"When that version was published (the commit that raised the version on the default branch); null when the history is not available."},"followers":{"type":"integer","minimum":0,"description":"The people who owe the version in force, each once, counted as a sop_acknowledgement standard measures them: members of the following teams at any time since it was published (from the later of its publication and their joining), without those who left unacknowledged before it was due; without team history, the members tonight."},"acknowledged":{"type":"integer","minimum":0,"description":"Of which acknowledged this version while members."},"teams":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["team","members","acknowledged"],"properties":{"team":{"type":"string","description":"A following Team's id."},"members":{"type":"integer","minimum":0},"acknowledged":{"type":"integer","minimum":0}}}}}}},"summary":{"type":"object","additionalProperties":false,"required":["met","at-risk","breached","no-data"],"properties":{"met":{"type":"integer","minimum":0},"at-risk":{"type":"integer","minimum":0},"breached":{"type":"integer","minimum":0},"no-data":{"type":"integer","minimum":0}}},"standards":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","title","metric","dimension","owner","status","window","count","met","value","goal","errorBudget","pending","excluded","series","breakdown","worst","statement"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"metric":{"type":"string"},"dimension":{"type":"string"},"owner":{"type":"string"},"calendar":{"type":["string","null"],"description":"The calendar of the version in force now; null: around the clock."},"status":{"$ref":"#/$defs/status"},"window":{"type":"object","additionalProperties":false,"required":["spec","from","to"],"properties":{"spec":{"type":"string","description":"As written, e.g. `30d` or `month`."},"from":{"$ref":"#/$defs/instant"},"to":{"$ref":"#/$defs/instant"},"versions":{"type":"array","items":{"type":"string"},"description":"Labels of the versions of the standard in force during the window, oldest first: each judged the measurements that completed while it was in force (see `versions`)."}}},"count":{"type":"integer","minimum":0,"description":"Measurements counted in the window (including in-flight breaches)."},"met":{"type":"integer","minimum":0,"description":"Of which met the threshold / were successes."},"inFlight":{"type":"integer","minimum":0,"description":"Open tickets already past the threshold, counted as misses."},"pending":{"type":"integer","minimum":0,"description":"Open tickets still inside their threshold, not counted yet."},"value":{"type":["number","null"],"description":"Attainment (share of tickets within threshold, duration metrics) or metric value (rate: 0–1; nps: -100–100; qa_score: 0–1); null without data."},"goal":{"type":"object","additionalProperties":false,"required":["direction","value","text"],"description":"What `value` is compared with: the goal of the version in force now (see `versions`; over a window that spans versions, each measurement was judged by its own and the statement names each goal).","properties":{"direction":{"type":"string","enum":["min","max"]},"value":{"type":"number","description":"Objective (duration metrics) or target."},"thresholdMinutes":{"type":"number","description":"Per-ticket threshold, duration metrics only."},"text":{"type":"string","description":"The goal in words, e.g. `95% within 1h (business hours)`."},"judged":{"type":"string","description":"Only when the window spans versions with different goals: the goals that judged it, each with the day it took effect, e.g. `95% within 1h before 23 Nov 2026, 97% within 45m from 23 Nov 2026`. The status and the error budget are those goals' (each version's allowance for its own measurements); wherever the goal of \"now\" is shown, this is it."}}},"errorBudget":{"type":["object","null"],"additionalProperties":false,"required":["allowed","used","remaining"],"description":"How many misses the objective allows in the window, how many were used, and the share left (negative when overspent). Null without data.","properties":{"allowed":{"type":"number"},"used":{"type":"number"},"remaining":{"type":"number"}}},"comparison":{"type":"object","additionalProperties":false,"required":["days","from","to","count","value"],"description":"The same evaluation exactly `days` × 24 hours earlier: the headline window of that instant (the same definition shifted), with the tickets as they stood then. What \"better or worse than 7 days ago\" compares `value` with.","properties":{"days":{"type":"integer","minimum":1,"description":"How far back, in days of 24 hours."},"from":{"$ref":"#/$defs/instant"},"to":{"$ref":"#/$defs/instant","description":"The earlier instant: `now` minus `days` × 24 hours."},"count":{"type":"integer","minimum":0,"description":"Measurements counted in that window."},"value":{"type":["number","null"],"description":"The value then, on the scale of `value`; null without data."}}},"excluded":{"type":"array","description":"Tickets left out by declared exclusion periods.","items":{"type":"object","additionalProperties":false,"required":["id","reason","count"],"properties":{"id":{"type":"string"},"reason":{"type":"string"},"count":{"type":"integer","minimum":0}}}},"series":{"type":"array","items":{"$ref":"#/$defs/day"},"description":"Daily series, oldest first."},"breakdown":{"type":"object","additionalProperties":false,"required":["priority","channel","team"],"properties":{"priority":{"type":"array","items":{"$ref":"#/$defs/segment"}},"channel":{"type":"array","items":{"$ref":"#/$defs/segment"}},"team":{"type":"array","items":{"$ref":"#/$defs/segment"}}}},"worst":{"type":"array","description":"Tickets furthest from the goal, worst first.","items":{"type":"object","additionalProperties":false,"required":["id","created","priority","channel","minutes","inFlight"],"properties":{"id":{"type":"string"},"created":{"$ref":"#/$defs/instant"},"priority":{"type":"string"},"channel":{"type":"string"},"team":{"type":["string","null"]},"minutes":{"type":"number","description":"The measured duration (business minutes when a calendar applies)."},"inFlight":{"type":"boolean","description":"Still open and already past the threshold."},"version":{"type":"string","description":"The version of the standard that judged this measurement (see `versions`)."},"explanation":{"$ref":"#/$defs/explanation","description":"How the ticket was measured (`standards explain`), listing the first few stretches of each measurement."}}}},"openLate":{"type":"array","description":"Tickets still open and already past the threshold (the misses someone can still act on), waiting longest first; as many as `worstTickets` (the pipeline's evaluation setting), of the `inFlight` there are. Duration metrics only. Absent in reports written before it.","items":{"type":"object","additionalProperties":false,"required":["id","created","priority","channel","team","minutes","lateSince"],"properties":{"id":{"type":"string"},"created":{"$ref":"#/$defs/instant"},"priority":{"type":"string"},"channel":{"type":"string"},"team":{"type":["string","null"]},"minutes":{"type":"number","description":"Time so far (business minutes when a calendar applies)."},"lateSince":{"$ref":"#/$defs/instant","description":"When it passed the threshold of the version then in force (the instant it counts as a miss)."}}}},"versions":{"type":"array","description":"The versions of the standard, oldest first: each judges the measurements that complete from its `from` date until the next version's (the last may take effect after now, when its effective date is still to come). From the document's own `versions` list, else from the git history of its file.","items":{"type":"object","additionalProperties":false,"required":["version","from","goal"],"properties":{"version":{"type":"string","description":"Label: the date it took effect, and the commit it came from when known, e.g. `2026-10-01 (1a2b3c4)`."},"from":{"type":"string","format":"date","description":"First local day (in the standard's time zone) it judges."},"goal":{"type":"object","additionalProperties":false,"required":["direction","value","text"],"description":"This version's goal.","properties":{"direction":{"type":"string","enum":["min","max"],"description":"Whether the value must be at least (`min`) or at most (`max`) the goal."},"value":{"type":"number","description":"Objective (duration metrics) or target."},"thresholdMinutes":{"type":"number","description":"Per-ticket threshold, duration metrics only."},"text":{"type":"string","description":"The goal in words."}}}}}},"burn":{"type":["object","null"],"additionalProperties":false,"required":["spans"],"description":"How fast the error budget burns and when it runs out at that pace (scripts/engine/burn-rate.ts), over a short and a long span as multi-window burn-rate alerting does. Null without an error budget, and for the backlog (a snapshot, not a flow). Absent in reports written before burn rates.","properties":{"spans":{"type":"array","items":{"$ref":"#/$defs/burnSpan"},"description":"The short span (the last full day), then the long one (the last 7 full days)."}}},"qa":{"type":"object","additionalProperties":false,"required":["scorecard","reviews","behaviours","costliest"],"description":"qa_score only: the window's reviews behaviour by behaviour (metric catalogue, qa_score). Absent for other metrics and in reports written before it.","properties":{"scorecard":{"type":"string","description":"The Scorecard of the version in force now."},"reviews":{"type":"integer","minimum":0,"description":"Reviews scored in the window."},"behaviours":{"type":"array","description":"In the scorecard's order.","items":{"type":"object","additionalProperties":false,"required":["id","title","critical","applicable","passed","passRate","points","trend"],"properties":{"id":{"type":"string"},"title":{"type":"string"},"critical":{"type":"boolean"},"applicable":{"type":"integer","minimum":0,"description":"Reviews in the window where the behaviour applied (pass, fail or a score)."},"passed":{"type":"integer","minimum":0,"description":"Of which passed it."},"passRate":{"type":["number","null"],"description":"passed / applicable; null when it never applied."},"points":{"type":["number","null"],"description":"Points of the average score (0–1) lost through this behaviour; the behaviours' points add up to 1 − value. Null without reviews."},"trend":{"type":"array","description":"Week by week (Monday to Sunday in the standard's time zone) over the series days, oldest first.","items":{"type":"object","additionalProperties":false,"required":["week","applicable","passed","passRate"],"properties":{"week":{"type":"string","format":"date","description":"The week's Monday."},"applicable":{"type":"integer","minimum":0},"passed":{"type":"integer","minimum":0},"passRate":{"type":["number","null"]}}}}}}},"costliest":{"type":["string","null"],"description":"Id of the behaviour that cost the most points; null when none cost any."}}},"statement":{"type":"string","description":"The result in one sentence, e.g. `95.8% of 412 urgent tickets got a first reply within 1h (business hours) over the last 30 days; objective 95%; met; 16% of the error budget left.`"}}}}}};
const schema32 = {"type":"string","format":"date-time"};
const schema37 = {"type":"string","enum":["reopened-open-now","helpdesk-has-none","we-have-none","different-times"],"description":"Why our figure and the helpdesk's differ: `reopened-open-now` (full resolution of a ticket reopened and unsolved now: the helpdesk keeps the time of its last solve, we count it as unsolved), `helpdesk-has-none` (we have a figure, the helpdesk none), `we-have-none` (the helpdesk has a figure, we none), `different-times` (both have one and they differ)."};
const schema39 = {"type":"string","enum":["met","at-risk","breached","no-data"],"description":"met, at-risk (met but little error budget left), breached, or no-data (fewer tickets than the minimum sample)."};
const schema44 = {"title":"SeriesDay","type":"object","additionalProperties":false,"required":["date","count","met","value","windowValue"],"properties":{"date":{"type":"string","format":"date","description":"Day (in the evaluation's time zone)."},"count":{"type":"integer","minimum":0,"description":"Measurements completed that day."},"met":{"type":"integer","minimum":0,"description":"Of which met / successes."},"value":{"type":["number","null"],"description":"That day's attainment or value; null without data."},"windowValue":{"type":["number","null"],"description":"Attainment or value over the standard's window ending with that local day (N local days for a rolling window, the month or quarter so far for a calendar one); for today, the last day, the headline window ending now, so it equals the standard's `value`. Null without data."},"version":{"type":["string","null"],"description":"The version of the standard that judged this day's measurements (a day lies within one version; see `versions`); null before the standard took effect. Absent in reports written before history-aware evaluation."},"windowVersions":{"type":"array","items":{"type":"string"},"description":"When the window ending that day spans more than one version: their labels, oldest first (each measurement in `windowValue` was judged by its own). Absent otherwise."}}};
const schema45 = {"type":"object","additionalProperties":false,"required":["key","count","met","value"],"properties":{"key":{"type":"string","description":"Segment value, e.g. `urgent`; `(none)` when the ticket has none."},"count":{"type":"integer","minimum":0,"description":"Tickets (or responses) counted."},"met":{"type":"integer","minimum":0,"description":"Of which met the threshold (duration metrics) or counted as a success (rate metrics)."},"value":{"type":["number","null"],"description":"Attainment (duration metrics) or metric value (rate and score metrics) in this segment; null without data."}}};
const schema62 = {"title":"BurnSpan","type":"object","additionalProperties":false,"required":["days","from","to","count","used","allowed","rate","runsOut","daysLeft"],"description":"The error budget's burn over whole local days ending the day before the evaluation's: the measurements that completed on those days, what they used and what the goal allowed them.","properties":{"days":{"type":"integer","minimum":1,"description":"Days in the span as asked (1 or 7); fewer days of series may be behind it, see `from`."},"from":{"type":"string","format":"date","description":"First local day of the span."},"to":{"type":"string","format":"date","description":"Last local day of the span: the day before the evaluation's."},"count":{"type":"integer","minimum":0,"description":"Measurements completed in the span."},"used":{"type":"number","minimum":0,"description":"Error budget they used, in misses (score units for NPS and QA scores)."},"allowed":{"type":"number","minimum":0,"description":"Error budget the goal allowed them, in the same units."},"rate":{"type":["number","null"],"minimum":0,"description":"Burn rate: used / allowed. 1 spends the budget exactly as fast as the goal allows; 2 twice as fast. Null when nothing was counted or nothing is allowed (a 100% objective)."},"runsOut":{"type":["string","null"],"format":"date","description":"The local day the window's error budget runs out if the burn goes on at this rate; null when it does not (rate at most 1, budget already spent, or, for a calendar window, not before the period ends)."},"daysLeft":{"type":["number","null"],"minimum":0,"description":"Days from the evaluation until then (two decimals); null with `runsOut`."}}};
const func1 = Object.prototype.hasOwnProperty;
const formats0 = require("ajv-formats/dist/formats").fullFormats["date-time"];
const formats24 = require("ajv-formats/dist/formats").fullFormats.date;
const schema49 = {"title":"TicketExplanation","type":"object","additionalProperties":false,"required":["ticket","standard","now","verdict","measurements"],"description":"How one ticket was measured for one standard as of `now`: whether it is in scope, each measurement's start and end, the business time counted and the time left out, the version and threshold that judged it, and the result (`standards explain`).","properties":{"ticket":{"type":"string"},"standard":{"type":"string"},"now":{"$ref":"#/$defs/instant"},"verdict":{"type":"string","enum":["measured","not-measured","out-of-scope","excluded","not-yet-created","unusable"],"description":"measured (see `measurements`), not-measured (in scope, nothing to count, e.g. solved without a reply), out-of-scope, excluded (an exclusion period), not-yet-created (after now) or unusable (the ticket is rejected)."},"reason":{"type":"string","description":"Why it is in or out of scope, excluded, not measured or unusable, in words."},"calendar":{"type":["object","null"],"additionalProperties":false,"required":["id","timezone"],"description":"The business calendar of the version in force now; null: around the clock.","properties":{"id":{"type":"string"},"timezone":{"type":"string"},"versions":{"type":"array","items":{"type":"string"},"description":"When the calendar has changed: its versions, oldest first."}}},"measurements":{"type":"array","items":{"$ref":"#/$defs/measurement"}}}};
const schema51 = {"title":"ExplainedMeasurement","type":"object","additionalProperties":false,"required":["what","start","end","minutes","version","result","inWindow"],"description":"One measurement of the ticket for the standard and how it was judged.","properties":{"what":{"type":"string","description":"What was measured, e.g. `first reply`, `next reply`, `satisfaction rating`."},"start":{"type":"object","additionalProperties":false,"required":["at","event"],"properties":{"at":{"$ref":"#/$defs/instant"},"event":{"type":"string","description":"e.g. `ticket created`, `customer reply`."}}},"end":{"type":["object","null"],"additionalProperties":false,"required":["at","event"],"description":"How the measurement ended; null while it is still running at now.","properties":{"at":{"$ref":"#/$defs/instant"},"event":{"type":"string","description":"e.g. `first public agent reply`, `final solve`."}}},"minutes":{"type":["number","null"],"description":"Business minutes counted (so far, when still running); null for a rate or score."},"counted":{"type":"array","items":{"$ref":"#/$defs/span"},"description":"The stretches of business time counted, oldest first."},"leftOut":{"type":"array","items":{"$ref":"#/$defs/span"},"description":"The stretches left out between start and end, with their reasons, oldest first."},"more":{"type":"object","additionalProperties":false,"required":["counted","countedMinutes","leftOut","leftOutMinutes"],"description":"Stretches not listed (a report lists the first few only): how many and how long.","properties":{"counted":{"type":"integer","minimum":0},"countedMinutes":{"type":"number","minimum":0},"leftOut":{"type":"integer","minimum":0},"leftOutMinutes":{"type":"number","minimum":0}}},"version":{"type":["string","null"],"description":"The version of the standard that judged it; null when none did."},"goal":{"type":"string","description":"That version's goal in words."},"thresholdMinutes":{"type":"number","description":"That version's per-ticket threshold (duration metrics)."},"result":{"type":"string","enum":["met","missed","breached","pending","success","failure","not-counted"],"description":"met or missed (complete), breached (still open, already past the threshold: a miss), pending (open, inside it: not counted yet), success or failure (a rate trial), not-counted (see `note`)."},"score":{"type":"number","description":"A score's value: the review score (0–1) or the NPS answer (0–10)."},"passedAt":{"$ref":"#/$defs/instant","description":"When the running time passed the threshold."},"dueAt":{"$ref":"#/$defs/instant","description":"Pending: when it passes the threshold if nothing happens (null while paused)."},"countedAt":{"$ref":"#/$defs/instant","description":"The instant it counts at: completion, or the instant an open measurement passed its threshold."},"countedOn":{"type":"string","format":"date","description":"The local day (in the standard's time zone) it counts on."},"inWindow":{"type":"boolean","description":"It counts in the headline window."},"note":{"type":"string","description":"Why it is not counted, or anything else a reader needs."}}};
const schema54 = {"title":"ExplanationSpan","type":"object","additionalProperties":false,"required":["from","to","minutes"],"description":"A stretch of a measurement: business time counted, or time left out and why.","properties":{"from":{"$ref":"#/$defs/instant"},"to":{"$ref":"#/$defs/instant"},"minutes":{"type":"number","minimum":0,"description":"Minutes of the stretch: business minutes counted, or wall-clock minutes left out."},"reason":{"type":"string","enum":["closed","holiday","paused","solved"],"description":"Left out only: outside business hours, a holiday of the calendar (by the calendar version that applied that day), a pause status, or solved before a reopen."},"detail":{"type":"string","description":"Left out only: the holiday's name, the pause status, …"}}};

validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
exports["report.schema.json"] = validate20;

exports.schemasDigest = "73089efbed747cdb07b2ab7dff0d6a81e019e8a1db0a8c0d4d49469e2a94294d";
