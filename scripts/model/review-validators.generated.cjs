// Generated from schemas/*.schema.json by `npm run generate:types` (ajv 8.20.0 standalone code). Do not edit by hand.
// Validators of review.schema.json, by schema file name.
"use strict";
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
if(Array.isArray(data)){
if(data.length > 5000){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 5000},message:"must NOT have more than 5000 items",schema:5000,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(func1(data0) > 500){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/file/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema34,data:data0};
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
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data0};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
});
var validate27 = (function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 1000){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.start === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema50.items.required,parentSchema:schema50.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.paragraphs === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "paragraphs"},message:"must have required property '"+"paragraphs"+"'",schema:schema50.items.required,parentSchema:schema50.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data0){
if(!((key0 === "start") || (key0 === "paragraphs"))){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50.items,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.start !== undefined){
let data1 = data0.start;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/" + i0+"/start",schemaPath:"#/items/properties/start/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.items.properties.start.type,parentSchema:schema50.items.properties.start,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 100000 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/" + i0+"/start",schemaPath:"#/items/properties/start/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema50.items.properties.start,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/" + i0+"/start",schemaPath:"#/items/properties/start/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema50.items.properties.start,data:data1};
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
if(data0.paragraphs !== undefined){
let data2 = data0.paragraphs;
if(Array.isArray(data2)){
if(data2.length > 1000){
const err7 = {instancePath:instancePath+"/" + i0+"/paragraphs",schemaPath:"#/items/properties/paragraphs/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema50.items.properties.paragraphs,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.change === undefined){
const err8 = {instancePath:instancePath+"/" + i0+"/paragraphs/" + i1,schemaPath:"#/items/properties/paragraphs/items/required",keyword:"required",params:{missingProperty: "change"},message:"must have required property '"+"change"+"'",schema:schema50.items.properties.paragraphs.items.required,parentSchema:schema50.items.properties.paragraphs.items,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data3.words === undefined){
const err9 = {instancePath:instancePath+"/" + i0+"/paragraphs/" + i1,schemaPath:"#/items/properties/paragraphs/items/required",keyword:"required",params:{missingProperty: "words"},message:"must have required property '"+"words"+"'",schema:schema50.items.properties.paragraphs.items.required,parentSchema:schema50.items.properties.paragraphs.items,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "change") || (key1 === "words"))){
const err10 = {instancePath:instancePath+"/" + i0+"/paragraphs/" + i1,schemaPath:"#/items/properties/paragraphs/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema50.items.properties.paragraphs.items,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.change !== undefined){
let data4 = data3.change;
if(!((((data4 === "same") || (data4 === "changed")) || (data4 === "added")) || (data4 === "removed"))){
const err11 = {instancePath:instancePath+"/" + i0+"/paragraphs/" + i1+"/change",schemaPath:"#/items/properties/paragraphs/items/properties/change/enum",keyword:"enum",params:{allowedValues: schema50.items.properties.paragraphs.items.properties.change.enum},message:"must be equal to one of the allowed values",schema:schema50.items.properties.paragraphs.items.properties.change.enum,parentSchema:schema50.items.properties.paragraphs.items.properties.change,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.words !== undefined){
let data5 = data3.words;
if(Array.isArray(data5)){
if(data5.length > 20000){
const err12 = {instancePath:instancePath+"/" + i0+"/paragraphs/" + i1+"/words",schemaPath:"#/$defs/wordDiff/maxItems",keyword:"maxItems",params:{limit: 20000},message:"must NOT have more than 20000 items",schema:20000,parentSchema:schema49,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
let data6 = data5[i2];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.text === undefined){
const err13 = {instancePath:instancePath+"/" + i0+"/paragraphs/" + i1+"/words/" + i2,schemaPath:"#/$defs/wordDiff/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema49.items.required,parentSchema:schema49.items,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data6.change === undefined){
const err14 = {instancePath:instancePath+"/" + i0+"/paragraphs/" + i1+"/words/" + i2,schemaPath:"#/$defs/wordDiff/items/required",keyword:"required",params:{missingProperty: "change"},message:"must have required property '"+"change"+"'",schema:schema49.items.required,parentSchema:schema49.items,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key2 in data6){
if(!((key2 === "text") || (key2 === "change"))){
const err15 = {instancePath:instancePath+"/" + i0+"/paragraphs/" + i1+"/words/" + i2,schemaPath:"#/$defs/wordDiff/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema49.items,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.text !== undefined){
let data7 = data6.text;
if(typeof data7 === "string"){
if(func1(data7) > 100000){
const err16 = {instancePath:instancePath+"/" + i0+"/paragraphs/" + i1+"/words/" + i2+"/text",schemaPath:"#/$defs/wordDiff/items/properties/text/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema49.items.properties.text,data:data7};
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
const err17 = {instancePath:instancePath+"/" + i0+"/paragraphs/" + i1+"/words/" + i2+"/text",schemaPath:"#/$defs/wordDiff/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.items.properties.text.type,parentSchema:schema49.items.properties.text,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.change !== undefined){
let data8 = data6.change;
if(!(((data8 === "same") || (data8 === "added")) || (data8 === "removed"))){
const err18 = {instancePath:instancePath+"/" + i0+"/paragraphs/" + i1+"/words/" + i2+"/change",schemaPath:"#/$defs/wordDiff/items/properties/change/enum",keyword:"enum",params:{allowedValues: schema49.items.properties.change.enum},message:"must be equal to one of the allowed values",schema:schema49.items.properties.change.enum,parentSchema:schema49.items.properties.change,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/" + i0+"/paragraphs/" + i1+"/words/" + i2,schemaPath:"#/$defs/wordDiff/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.items.type,parentSchema:schema49.items,data:data6};
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
const err20 = {instancePath:instancePath+"/" + i0+"/paragraphs/" + i1+"/words",schemaPath:"#/$defs/wordDiff/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.type,parentSchema:schema49,data:data5};
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
else {
const err21 = {instancePath:instancePath+"/" + i0+"/paragraphs/" + i1,schemaPath:"#/items/properties/paragraphs/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.items.properties.paragraphs.items.type,parentSchema:schema50.items.properties.paragraphs.items,data:data3};
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
const err22 = {instancePath:instancePath+"/" + i0+"/paragraphs",schemaPath:"#/items/properties/paragraphs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.items.properties.paragraphs.type,parentSchema:schema50.items.properties.paragraphs,data:data2};
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
const err23 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.items.type,parentSchema:schema50.items,data:data0};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
});
var validate26 = (function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.field === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.label === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.before === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "before"},message:"must have required property '"+"before"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.after === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "after"},message:"must have required property '"+"after"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.words === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "words"},message:"must have required property '"+"words"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.hunks === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hunks"},message:"must have required property '"+"hunks"+"'",schema:schema44.required,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "field") || (key0 === "label")) || (key0 === "before")) || (key0 === "after")) || (key0 === "words")) || (key0 === "hunks"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.field !== undefined){
let data0 = data.field;
if(typeof data0 === "string"){
if(func1(data0) > 1000){
const err7 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data0};
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
const err8 = {instancePath:instancePath+"/field",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.label !== undefined){
let data1 = data.label;
if(typeof data1 === "string"){
if(func1(data1) > 1000){
const err9 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data1};
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
const err10 = {instancePath:instancePath+"/label",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.before !== undefined){
let data2 = data.before;
if((typeof data2 !== "string") && (data2 !== null)){
const err11 = {instancePath:instancePath+"/before",schemaPath:"#/$defs/prose/type",keyword:"type",params:{type: schema47.type},message:"must be string,null",schema:schema47.type,parentSchema:schema47,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(typeof data2 === "string"){
if(func1(data2) > 100000){
const err12 = {instancePath:instancePath+"/before",schemaPath:"#/$defs/prose/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema47,data:data2};
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
if(data.after !== undefined){
let data3 = data.after;
if((typeof data3 !== "string") && (data3 !== null)){
const err13 = {instancePath:instancePath+"/after",schemaPath:"#/$defs/prose/type",keyword:"type",params:{type: schema47.type},message:"must be string,null",schema:schema47.type,parentSchema:schema47,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data3 === "string"){
if(func1(data3) > 100000){
const err14 = {instancePath:instancePath+"/after",schemaPath:"#/$defs/prose/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema47,data:data3};
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
if(data.words !== undefined){
let data4 = data.words;
const _errs15 = errors;
let valid5 = false;
const _errs16 = errors;
if(Array.isArray(data4)){
if(data4.length > 20000){
const err15 = {instancePath:instancePath+"/words",schemaPath:"#/$defs/wordDiff/maxItems",keyword:"maxItems",params:{limit: 20000},message:"must NOT have more than 20000 items",schema:20000,parentSchema:schema49,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.text === undefined){
const err16 = {instancePath:instancePath+"/words/" + i0,schemaPath:"#/$defs/wordDiff/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema49.items.required,parentSchema:schema49.items,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5.change === undefined){
const err17 = {instancePath:instancePath+"/words/" + i0,schemaPath:"#/$defs/wordDiff/items/required",keyword:"required",params:{missingProperty: "change"},message:"must have required property '"+"change"+"'",schema:schema49.items.required,parentSchema:schema49.items,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "text") || (key1 === "change"))){
const err18 = {instancePath:instancePath+"/words/" + i0,schemaPath:"#/$defs/wordDiff/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema49.items,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.text !== undefined){
let data6 = data5.text;
if(typeof data6 === "string"){
if(func1(data6) > 100000){
const err19 = {instancePath:instancePath+"/words/" + i0+"/text",schemaPath:"#/$defs/wordDiff/items/properties/text/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema49.items.properties.text,data:data6};
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
const err20 = {instancePath:instancePath+"/words/" + i0+"/text",schemaPath:"#/$defs/wordDiff/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.items.properties.text.type,parentSchema:schema49.items.properties.text,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.change !== undefined){
let data7 = data5.change;
if(!(((data7 === "same") || (data7 === "added")) || (data7 === "removed"))){
const err21 = {instancePath:instancePath+"/words/" + i0+"/change",schemaPath:"#/$defs/wordDiff/items/properties/change/enum",keyword:"enum",params:{allowedValues: schema49.items.properties.change.enum},message:"must be equal to one of the allowed values",schema:schema49.items.properties.change.enum,parentSchema:schema49.items.properties.change,data:data7};
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
const err22 = {instancePath:instancePath+"/words/" + i0,schemaPath:"#/$defs/wordDiff/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.items.type,parentSchema:schema49.items,data:data5};
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
const err23 = {instancePath:instancePath+"/words",schemaPath:"#/$defs/wordDiff/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.type,parentSchema:schema49,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid5 = valid5 || _valid0;
const _errs25 = errors;
if(data4 !== null){
const err24 = {instancePath:instancePath+"/words",schemaPath:"#/properties/words/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema44.properties.words.anyOf[1].type,parentSchema:schema44.properties.words.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid0 = _errs25 === errors;
valid5 = valid5 || _valid0;
if(!valid5){
const err25 = {instancePath:instancePath+"/words",schemaPath:"#/properties/words/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema44.properties.words.anyOf,parentSchema:schema44.properties.words,data:data4};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data.hunks !== undefined){
let data8 = data.hunks;
const _errs28 = errors;
let valid10 = false;
const _errs29 = errors;
if(!(validate27(data8, {instancePath:instancePath+"/hunks",parentData:data,parentDataProperty:"hunks",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var _valid1 = _errs29 === errors;
valid10 = valid10 || _valid1;
const _errs30 = errors;
if(data8 !== null){
const err26 = {instancePath:instancePath+"/hunks",schemaPath:"#/properties/hunks/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema44.properties.hunks.anyOf[1].type,parentSchema:schema44.properties.hunks.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid1 = _errs30 === errors;
valid10 = valid10 || _valid1;
if(!valid10){
const err27 = {instancePath:instancePath+"/hunks",schemaPath:"#/properties/hunks/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema44.properties.hunks.anyOf,parentSchema:schema44.properties.hunks,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema44.type,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
});
var validate25 = (function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 500){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 500},message:"must NOT have more than 500 items",schema:500,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate26(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
});
var validate32 = (function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(data.sop === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sop"},message:"must have required property '"+"sop"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.file === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.step === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "step"},message:"must have required property '"+"step"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.title === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.position === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "position"},message:"must have required property '"+"position"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.within === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "within"},message:"must have required property '"+"within"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.clock === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "clock"},message:"must have required property '"+"clock"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.standard === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standard"},message:"must have required property '"+"standard"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.threshold === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "threshold"},message:"must have required property '"+"threshold"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.standardClock === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standardClock"},message:"must have required property '"+"standardClock"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.calendar === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "calendar"},message:"must have required property '"+"calendar"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.fits === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fits"},message:"must have required property '"+"fits"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data.problem === undefined){
const err12 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "problem"},message:"must have required property '"+"problem"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema54.properties, key0))){
const err13 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.sop !== undefined){
let data0 = data.sop;
if(typeof data0 === "string"){
if(func1(data0) > 1000){
const err14 = {instancePath:instancePath+"/sop",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data0};
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
const err15 = {instancePath:instancePath+"/sop",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.file !== undefined){
let data1 = data.file;
if(typeof data1 === "string"){
if(func1(data1) > 500){
const err16 = {instancePath:instancePath+"/file",schemaPath:"#/$defs/file/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema34,data:data1};
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
const err17 = {instancePath:instancePath+"/file",schemaPath:"#/$defs/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data1};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.step !== undefined){
let data2 = data.step;
if(typeof data2 === "string"){
if(func1(data2) > 1000){
const err18 = {instancePath:instancePath+"/step",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data2};
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
const err19 = {instancePath:instancePath+"/step",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.title !== undefined){
let data3 = data.title;
if(typeof data3 === "string"){
if(func1(data3) > 1000){
const err20 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data3};
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
const err21 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.position !== undefined){
let data4 = data.position;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err22 = {instancePath:instancePath+"/position",schemaPath:"#/properties/position/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema54.properties.position.type,parentSchema:schema54.properties.position,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 100000 || isNaN(data4)){
const err23 = {instancePath:instancePath+"/position",schemaPath:"#/properties/position/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema54.properties.position,data:data4};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err24 = {instancePath:instancePath+"/position",schemaPath:"#/properties/position/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema54.properties.position,data:data4};
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
if(data.within !== undefined){
let data5 = data.within;
const _errs17 = errors;
let valid5 = false;
const _errs18 = errors;
if(typeof data5 === "string"){
if(func1(data5) > 1000){
const err25 = {instancePath:instancePath+"/within",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data5};
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
const err26 = {instancePath:instancePath+"/within",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid5 = valid5 || _valid0;
const _errs21 = errors;
if(data5 !== null){
const err27 = {instancePath:instancePath+"/within",schemaPath:"#/properties/within/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema54.properties.within.anyOf[1].type,parentSchema:schema54.properties.within.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid0 = _errs21 === errors;
valid5 = valid5 || _valid0;
if(!valid5){
const err28 = {instancePath:instancePath+"/within",schemaPath:"#/properties/within/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema54.properties.within.anyOf,parentSchema:schema54.properties.within,data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
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
if(data.clock !== undefined){
let data6 = data.clock;
if(!((data6 === "24/7") || (data6 === "business"))){
const err29 = {instancePath:instancePath+"/clock",schemaPath:"#/$defs/clock/enum",keyword:"enum",params:{allowedValues: schema60.enum},message:"must be equal to one of the allowed values",schema:schema60.enum,parentSchema:schema60,data:data6};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.standard !== undefined){
let data7 = data.standard;
if(typeof data7 === "string"){
if(func1(data7) > 1000){
const err30 = {instancePath:instancePath+"/standard",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data7};
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
const err31 = {instancePath:instancePath+"/standard",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data7};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.threshold !== undefined){
let data8 = data.threshold;
const _errs29 = errors;
let valid9 = false;
const _errs30 = errors;
if(typeof data8 === "string"){
if(func1(data8) > 1000){
const err32 = {instancePath:instancePath+"/threshold",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data8};
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
const err33 = {instancePath:instancePath+"/threshold",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data8};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid1 = _errs30 === errors;
valid9 = valid9 || _valid1;
const _errs33 = errors;
if(data8 !== null){
const err34 = {instancePath:instancePath+"/threshold",schemaPath:"#/properties/threshold/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema54.properties.threshold.anyOf[1].type,parentSchema:schema54.properties.threshold.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid1 = _errs33 === errors;
valid9 = valid9 || _valid1;
if(!valid9){
const err35 = {instancePath:instancePath+"/threshold",schemaPath:"#/properties/threshold/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema54.properties.threshold.anyOf,parentSchema:schema54.properties.threshold,data:data8};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
else {
errors = _errs29;
if(vErrors !== null){
if(_errs29){
vErrors.length = _errs29;
}
else {
vErrors = null;
}
}
}
}
if(data.standardClock !== undefined){
let data9 = data.standardClock;
if(!((data9 === "24/7") || (data9 === "business"))){
const err36 = {instancePath:instancePath+"/standardClock",schemaPath:"#/$defs/clock/enum",keyword:"enum",params:{allowedValues: schema60.enum},message:"must be equal to one of the allowed values",schema:schema60.enum,parentSchema:schema60,data:data9};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.calendar !== undefined){
let data10 = data.calendar;
const _errs38 = errors;
let valid12 = false;
const _errs39 = errors;
if(typeof data10 === "string"){
if(func1(data10) > 1000){
const err37 = {instancePath:instancePath+"/calendar",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data10};
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
const err38 = {instancePath:instancePath+"/calendar",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data10};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
var _valid2 = _errs39 === errors;
valid12 = valid12 || _valid2;
const _errs42 = errors;
if(data10 !== null){
const err39 = {instancePath:instancePath+"/calendar",schemaPath:"#/properties/calendar/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema54.properties.calendar.anyOf[1].type,parentSchema:schema54.properties.calendar.anyOf[1],data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
var _valid2 = _errs42 === errors;
valid12 = valid12 || _valid2;
if(!valid12){
const err40 = {instancePath:instancePath+"/calendar",schemaPath:"#/properties/calendar/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema54.properties.calendar.anyOf,parentSchema:schema54.properties.calendar,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
else {
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
}
}
if(data.fits !== undefined){
let data11 = data.fits;
if(typeof data11 !== "boolean"){
const err41 = {instancePath:instancePath+"/fits",schemaPath:"#/properties/fits/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema54.properties.fits.type,parentSchema:schema54.properties.fits,data:data11};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.problem !== undefined){
let data12 = data.problem;
const _errs47 = errors;
let valid14 = false;
const _errs48 = errors;
if(typeof data12 === "string"){
if(func1(data12) > 1000){
const err42 = {instancePath:instancePath+"/problem",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data12};
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
const err43 = {instancePath:instancePath+"/problem",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data12};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
var _valid3 = _errs48 === errors;
valid14 = valid14 || _valid3;
const _errs51 = errors;
if(data12 !== null){
const err44 = {instancePath:instancePath+"/problem",schemaPath:"#/properties/problem/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema54.properties.problem.anyOf[1].type,parentSchema:schema54.properties.problem.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var _valid3 = _errs51 === errors;
valid14 = valid14 || _valid3;
if(!valid14){
const err45 = {instancePath:instancePath+"/problem",schemaPath:"#/properties/problem/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema54.properties.problem.anyOf,parentSchema:schema54.properties.problem,data:data12};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
else {
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err46 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
});
var validate31 = (function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 5000){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 5000},message:"must NOT have more than 5000 items",schema:5000,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate32(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.type,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
});
var validate24 = (function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.change === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "change"},message:"must have required property '"+"change"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.file === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.previousFile === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previousFile"},message:"must have required property '"+"previousFile"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.previousId === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previousId"},message:"must have required property '"+"previousId"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.title === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.fields === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.affectedBy === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "affectedBy"},message:"must have required property '"+"affectedBy"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.keptBy === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "keptBy"},message:"must have required property '"+"keptBy"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema36.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
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
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Standard"},message:"must be equal to constant",schema:"Standard",parentSchema:schema36.properties.kind,data:data0};
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
if(func1(data1) > 1000){
const err12 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data1};
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
const err13 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.change !== undefined){
let data2 = data.change;
if(!((((data2 === "added") || (data2 === "removed")) || (data2 === "changed")) || (data2 === "renamed"))){
const err14 = {instancePath:instancePath+"/change",schemaPath:"#/$defs/changeKind/enum",keyword:"enum",params:{allowedValues: schema38.enum},message:"must be equal to one of the allowed values",schema:schema38.enum,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.file !== undefined){
let data3 = data.file;
if(typeof data3 === "string"){
if(func1(data3) > 500){
const err15 = {instancePath:instancePath+"/file",schemaPath:"#/$defs/file/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema34,data:data3};
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
const err16 = {instancePath:instancePath+"/file",schemaPath:"#/$defs/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.previousFile !== undefined){
let data4 = data.previousFile;
const _errs12 = errors;
let valid4 = false;
const _errs13 = errors;
if(typeof data4 === "string"){
if(func1(data4) > 500){
const err17 = {instancePath:instancePath+"/previousFile",schemaPath:"#/$defs/file/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema34,data:data4};
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
const err18 = {instancePath:instancePath+"/previousFile",schemaPath:"#/$defs/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
const _errs16 = errors;
if(data4 !== null){
const err19 = {instancePath:instancePath+"/previousFile",schemaPath:"#/properties/previousFile/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema36.properties.previousFile.anyOf[1].type,parentSchema:schema36.properties.previousFile.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const err20 = {instancePath:instancePath+"/previousFile",schemaPath:"#/properties/previousFile/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema36.properties.previousFile.anyOf,parentSchema:schema36.properties.previousFile,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.previousId !== undefined){
let data5 = data.previousId;
const _errs19 = errors;
let valid6 = false;
const _errs20 = errors;
if(typeof data5 === "string"){
if(func1(data5) > 1000){
const err21 = {instancePath:instancePath+"/previousId",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data5};
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
const err22 = {instancePath:instancePath+"/previousId",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid1 = _errs20 === errors;
valid6 = valid6 || _valid1;
const _errs23 = errors;
if(data5 !== null){
const err23 = {instancePath:instancePath+"/previousId",schemaPath:"#/properties/previousId/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema36.properties.previousId.anyOf[1].type,parentSchema:schema36.properties.previousId.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid1 = _errs23 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err24 = {instancePath:instancePath+"/previousId",schemaPath:"#/properties/previousId/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema36.properties.previousId.anyOf,parentSchema:schema36.properties.previousId,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
}
if(data.title !== undefined){
let data6 = data.title;
if(typeof data6 === "string"){
if(func1(data6) > 1000){
const err25 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data6};
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
const err26 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.fields !== undefined){
if(!(validate25(data.fields, {instancePath:instancePath+"/fields",parentData:data,parentDataProperty:"fields",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.affectedBy !== undefined){
let data8 = data.affectedBy;
if(Array.isArray(data8)){
if(data8.length > 50){
const err27 = {instancePath:instancePath+"/affectedBy",schemaPath:"#/properties/affectedBy/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema36.properties.affectedBy,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 === "string"){
if(func1(data9) > 1000){
const err28 = {instancePath:instancePath+"/affectedBy/" + i0,schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data9};
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
const err29 = {instancePath:instancePath+"/affectedBy/" + i0,schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data9};
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
const err30 = {instancePath:instancePath+"/affectedBy",schemaPath:"#/properties/affectedBy/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.affectedBy.type,parentSchema:schema36.properties.affectedBy,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.keptBy !== undefined){
if(!(validate31(data.keptBy, {instancePath:instancePath+"/keptBy",parentData:data,parentDataProperty:"keptBy",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate24.errors = vErrors;
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
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema75.oneOf[0].required,parentSchema:schema75.oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.step === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "step"},message:"must have required property '"+"step"+"'",schema:schema75.oneOf[0].required,parentSchema:schema75.oneOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.title === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema75.oneOf[0].required,parentSchema:schema75.oneOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.position === undefined){
const err3 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "position"},message:"must have required property '"+"position"+"'",schema:schema75.oneOf[0].required,parentSchema:schema75.oneOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.within === undefined){
const err4 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "within"},message:"must have required property '"+"within"+"'",schema:schema75.oneOf[0].required,parentSchema:schema75.oneOf[0],data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.role === undefined){
const err5 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "role"},message:"must have required property '"+"role"+"'",schema:schema75.oneOf[0].required,parentSchema:schema75.oneOf[0],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.keeps === undefined){
const err6 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "keeps"},message:"must have required property '"+"keeps"+"'",schema:schema75.oneOf[0].required,parentSchema:schema75.oneOf[0],data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "kind") || (key0 === "step")) || (key0 === "title")) || (key0 === "position")) || (key0 === "within")) || (key0 === "role")) || (key0 === "keeps"))){
const err7 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema75.oneOf[0],data};
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
if("step-added" !== data0){
const err8 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/0/properties/kind/const",keyword:"const",params:{allowedValue: "step-added"},message:"must be equal to constant",schema:"step-added",parentSchema:schema75.oneOf[0].properties.kind,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.step !== undefined){
let data1 = data.step;
if(typeof data1 === "string"){
if(func1(data1) > 1000){
const err9 = {instancePath:instancePath+"/step",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data1};
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
const err10 = {instancePath:instancePath+"/step",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 === "string"){
if(func1(data2) > 1000){
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data2};
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
const err12 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.position !== undefined){
let data3 = data.position;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err13 = {instancePath:instancePath+"/position",schemaPath:"#/oneOf/0/properties/position/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema75.oneOf[0].properties.position.type,parentSchema:schema75.oneOf[0].properties.position,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 100000 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/position",schemaPath:"#/oneOf/0/properties/position/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema75.oneOf[0].properties.position,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err15 = {instancePath:instancePath+"/position",schemaPath:"#/oneOf/0/properties/position/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema75.oneOf[0].properties.position,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
if(data.within !== undefined){
let data4 = data.within;
const _errs14 = errors;
let valid4 = false;
const _errs15 = errors;
if(typeof data4 === "string"){
if(func1(data4) > 1000){
const err16 = {instancePath:instancePath+"/within",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data4};
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
const err17 = {instancePath:instancePath+"/within",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid1 = _errs15 === errors;
valid4 = valid4 || _valid1;
const _errs18 = errors;
if(data4 !== null){
const err18 = {instancePath:instancePath+"/within",schemaPath:"#/oneOf/0/properties/within/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema75.oneOf[0].properties.within.anyOf[1].type,parentSchema:schema75.oneOf[0].properties.within.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid1 = _errs18 === errors;
valid4 = valid4 || _valid1;
if(!valid4){
const err19 = {instancePath:instancePath+"/within",schemaPath:"#/oneOf/0/properties/within/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema75.oneOf[0].properties.within.anyOf,parentSchema:schema75.oneOf[0].properties.within,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
}
}
if(data.role !== undefined){
let data5 = data.role;
const _errs21 = errors;
let valid6 = false;
const _errs22 = errors;
if(typeof data5 === "string"){
if(func1(data5) > 1000){
const err20 = {instancePath:instancePath+"/role",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data5};
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
const err21 = {instancePath:instancePath+"/role",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid2 = _errs22 === errors;
valid6 = valid6 || _valid2;
const _errs25 = errors;
if(data5 !== null){
const err22 = {instancePath:instancePath+"/role",schemaPath:"#/oneOf/0/properties/role/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema75.oneOf[0].properties.role.anyOf[1].type,parentSchema:schema75.oneOf[0].properties.role.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid2 = _errs25 === errors;
valid6 = valid6 || _valid2;
if(!valid6){
const err23 = {instancePath:instancePath+"/role",schemaPath:"#/oneOf/0/properties/role/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema75.oneOf[0].properties.role.anyOf,parentSchema:schema75.oneOf[0].properties.role,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
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
if(data.keeps !== undefined){
let data6 = data.keeps;
const _errs28 = errors;
let valid8 = false;
const _errs29 = errors;
if(typeof data6 === "string"){
if(func1(data6) > 1000){
const err24 = {instancePath:instancePath+"/keeps",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/keeps",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid3 = _errs29 === errors;
valid8 = valid8 || _valid3;
const _errs32 = errors;
if(data6 !== null){
const err26 = {instancePath:instancePath+"/keeps",schemaPath:"#/oneOf/0/properties/keeps/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema75.oneOf[0].properties.keeps.anyOf[1].type,parentSchema:schema75.oneOf[0].properties.keeps.anyOf[1],data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid3 = _errs32 === errors;
valid8 = valid8 || _valid3;
if(!valid8){
const err27 = {instancePath:instancePath+"/keeps",schemaPath:"#/oneOf/0/properties/keeps/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema75.oneOf[0].properties.keeps.anyOf,parentSchema:schema75.oneOf[0].properties.keeps,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs28;
if(vErrors !== null){
if(_errs28){
vErrors.length = _errs28;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.oneOf[0].type,parentSchema:schema75.oneOf[0],data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs34 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err29 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema75.oneOf[1].required,parentSchema:schema75.oneOf[1],data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data.step === undefined){
const err30 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "step"},message:"must have required property '"+"step"+"'",schema:schema75.oneOf[1].required,parentSchema:schema75.oneOf[1],data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data.title === undefined){
const err31 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema75.oneOf[1].required,parentSchema:schema75.oneOf[1],data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data.position === undefined){
const err32 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "position"},message:"must have required property '"+"position"+"'",schema:schema75.oneOf[1].required,parentSchema:schema75.oneOf[1],data};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key1 in data){
if(!((((key1 === "kind") || (key1 === "step")) || (key1 === "title")) || (key1 === "position"))){
const err33 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema75.oneOf[1],data};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.kind !== undefined){
let data7 = data.kind;
if("step-removed" !== data7){
const err34 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/1/properties/kind/const",keyword:"const",params:{allowedValue: "step-removed"},message:"must be equal to constant",schema:"step-removed",parentSchema:schema75.oneOf[1].properties.kind,data:data7};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.step !== undefined){
let data8 = data.step;
if(typeof data8 === "string"){
if(func1(data8) > 1000){
const err35 = {instancePath:instancePath+"/step",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data8};
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
const err36 = {instancePath:instancePath+"/step",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.title !== undefined){
let data9 = data.title;
if(typeof data9 === "string"){
if(func1(data9) > 1000){
const err37 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data9};
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
const err38 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data9};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.position !== undefined){
let data10 = data.position;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err39 = {instancePath:instancePath+"/position",schemaPath:"#/oneOf/1/properties/position/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema75.oneOf[1].properties.position.type,parentSchema:schema75.oneOf[1].properties.position,data:data10};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 100000 || isNaN(data10)){
const err40 = {instancePath:instancePath+"/position",schemaPath:"#/oneOf/1/properties/position/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema75.oneOf[1].properties.position,data:data10};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err41 = {instancePath:instancePath+"/position",schemaPath:"#/oneOf/1/properties/position/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema75.oneOf[1].properties.position,data:data10};
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
}
else {
const err42 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.oneOf[1].type,parentSchema:schema75.oneOf[1],data};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid0 = _errs34 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
const _errs46 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err43 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema75.oneOf[2].required,parentSchema:schema75.oneOf[2],data};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data.step === undefined){
const err44 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "step"},message:"must have required property '"+"step"+"'",schema:schema75.oneOf[2].required,parentSchema:schema75.oneOf[2],data};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data.title === undefined){
const err45 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema75.oneOf[2].required,parentSchema:schema75.oneOf[2],data};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data.from === undefined){
const err46 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema75.oneOf[2].required,parentSchema:schema75.oneOf[2],data};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data.to === undefined){
const err47 = {instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema75.oneOf[2].required,parentSchema:schema75.oneOf[2],data};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
for(const key2 in data){
if(!(((((key2 === "kind") || (key2 === "step")) || (key2 === "title")) || (key2 === "from")) || (key2 === "to"))){
const err48 = {instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema75.oneOf[2],data};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.kind !== undefined){
let data11 = data.kind;
if("step-moved" !== data11){
const err49 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/2/properties/kind/const",keyword:"const",params:{allowedValue: "step-moved"},message:"must be equal to constant",schema:"step-moved",parentSchema:schema75.oneOf[2].properties.kind,data:data11};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.step !== undefined){
let data12 = data.step;
if(typeof data12 === "string"){
if(func1(data12) > 1000){
const err50 = {instancePath:instancePath+"/step",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data12};
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
const err51 = {instancePath:instancePath+"/step",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data12};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.title !== undefined){
let data13 = data.title;
if(typeof data13 === "string"){
if(func1(data13) > 1000){
const err52 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data13};
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
const err53 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data13};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.from !== undefined){
let data14 = data.from;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err54 = {instancePath:instancePath+"/from",schemaPath:"#/oneOf/2/properties/from/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema75.oneOf[2].properties.from.type,parentSchema:schema75.oneOf[2].properties.from,data:data14};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 100000 || isNaN(data14)){
const err55 = {instancePath:instancePath+"/from",schemaPath:"#/oneOf/2/properties/from/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema75.oneOf[2].properties.from,data:data14};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err56 = {instancePath:instancePath+"/from",schemaPath:"#/oneOf/2/properties/from/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema75.oneOf[2].properties.from,data:data14};
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
if(data.to !== undefined){
let data15 = data.to;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
const err57 = {instancePath:instancePath+"/to",schemaPath:"#/oneOf/2/properties/to/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema75.oneOf[2].properties.to.type,parentSchema:schema75.oneOf[2].properties.to,data:data15};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 100000 || isNaN(data15)){
const err58 = {instancePath:instancePath+"/to",schemaPath:"#/oneOf/2/properties/to/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema75.oneOf[2].properties.to,data:data15};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data15 < 1 || isNaN(data15)){
const err59 = {instancePath:instancePath+"/to",schemaPath:"#/oneOf/2/properties/to/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema75.oneOf[2].properties.to,data:data15};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
}
else {
const err60 = {instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.oneOf[2].type,parentSchema:schema75.oneOf[2],data};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
var _valid0 = _errs46 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
const _errs60 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err61 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema75.oneOf[3].required,parentSchema:schema75.oneOf[3],data};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data.step === undefined){
const err62 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "step"},message:"must have required property '"+"step"+"'",schema:schema75.oneOf[3].required,parentSchema:schema75.oneOf[3],data};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data.title === undefined){
const err63 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema75.oneOf[3].required,parentSchema:schema75.oneOf[3],data};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data.field === undefined){
const err64 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "field"},message:"must have required property '"+"field"+"'",schema:schema75.oneOf[3].required,parentSchema:schema75.oneOf[3],data};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data.before === undefined){
const err65 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "before"},message:"must have required property '"+"before"+"'",schema:schema75.oneOf[3].required,parentSchema:schema75.oneOf[3],data};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(data.after === undefined){
const err66 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "after"},message:"must have required property '"+"after"+"'",schema:schema75.oneOf[3].required,parentSchema:schema75.oneOf[3],data};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
if(data.words === undefined){
const err67 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "words"},message:"must have required property '"+"words"+"'",schema:schema75.oneOf[3].required,parentSchema:schema75.oneOf[3],data};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(data.hunks === undefined){
const err68 = {instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: "hunks"},message:"must have required property '"+"hunks"+"'",schema:schema75.oneOf[3].required,parentSchema:schema75.oneOf[3],data};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
for(const key3 in data){
if(!((((((((key3 === "kind") || (key3 === "step")) || (key3 === "title")) || (key3 === "field")) || (key3 === "before")) || (key3 === "after")) || (key3 === "words")) || (key3 === "hunks"))){
const err69 = {instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema75.oneOf[3],data};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.kind !== undefined){
let data16 = data.kind;
if("step-changed" !== data16){
const err70 = {instancePath:instancePath+"/kind",schemaPath:"#/oneOf/3/properties/kind/const",keyword:"const",params:{allowedValue: "step-changed"},message:"must be equal to constant",schema:"step-changed",parentSchema:schema75.oneOf[3].properties.kind,data:data16};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.step !== undefined){
let data17 = data.step;
if(typeof data17 === "string"){
if(func1(data17) > 1000){
const err71 = {instancePath:instancePath+"/step",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data17};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/step",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data17};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.title !== undefined){
let data18 = data.title;
if(typeof data18 === "string"){
if(func1(data18) > 1000){
const err73 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data18};
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
const err74 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data18};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.field !== undefined){
let data19 = data.field;
if(!((((((data19 === "title") || (data19 === "instructions")) || (data19 === "within")) || (data19 === "clock")) || (data19 === "keeps")) || (data19 === "role"))){
const err75 = {instancePath:instancePath+"/field",schemaPath:"#/oneOf/3/properties/field/enum",keyword:"enum",params:{allowedValues: schema75.oneOf[3].properties.field.enum},message:"must be equal to one of the allowed values",schema:schema75.oneOf[3].properties.field.enum,parentSchema:schema75.oneOf[3].properties.field,data:data19};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.before !== undefined){
let data20 = data.before;
if((typeof data20 !== "string") && (data20 !== null)){
const err76 = {instancePath:instancePath+"/before",schemaPath:"#/$defs/prose/type",keyword:"type",params:{type: schema47.type},message:"must be string,null",schema:schema47.type,parentSchema:schema47,data:data20};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(typeof data20 === "string"){
if(func1(data20) > 100000){
const err77 = {instancePath:instancePath+"/before",schemaPath:"#/$defs/prose/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema47,data:data20};
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
if(data.after !== undefined){
let data21 = data.after;
if((typeof data21 !== "string") && (data21 !== null)){
const err78 = {instancePath:instancePath+"/after",schemaPath:"#/$defs/prose/type",keyword:"type",params:{type: schema47.type},message:"must be string,null",schema:schema47.type,parentSchema:schema47,data:data21};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(typeof data21 === "string"){
if(func1(data21) > 100000){
const err79 = {instancePath:instancePath+"/after",schemaPath:"#/$defs/prose/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema47,data:data21};
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
if(data.words !== undefined){
let data22 = data.words;
const _errs78 = errors;
let valid21 = false;
const _errs79 = errors;
if(Array.isArray(data22)){
if(data22.length > 20000){
const err80 = {instancePath:instancePath+"/words",schemaPath:"#/$defs/wordDiff/maxItems",keyword:"maxItems",params:{limit: 20000},message:"must NOT have more than 20000 items",schema:20000,parentSchema:schema49,data:data22};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
const len0 = data22.length;
for(let i0=0; i0<len0; i0++){
let data23 = data22[i0];
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.text === undefined){
const err81 = {instancePath:instancePath+"/words/" + i0,schemaPath:"#/$defs/wordDiff/items/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema49.items.required,parentSchema:schema49.items,data:data23};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data23.change === undefined){
const err82 = {instancePath:instancePath+"/words/" + i0,schemaPath:"#/$defs/wordDiff/items/required",keyword:"required",params:{missingProperty: "change"},message:"must have required property '"+"change"+"'",schema:schema49.items.required,parentSchema:schema49.items,data:data23};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
for(const key4 in data23){
if(!((key4 === "text") || (key4 === "change"))){
const err83 = {instancePath:instancePath+"/words/" + i0,schemaPath:"#/$defs/wordDiff/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema49.items,data:data23};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data23.text !== undefined){
let data24 = data23.text;
if(typeof data24 === "string"){
if(func1(data24) > 100000){
const err84 = {instancePath:instancePath+"/words/" + i0+"/text",schemaPath:"#/$defs/wordDiff/items/properties/text/maxLength",keyword:"maxLength",params:{limit: 100000},message:"must NOT have more than 100000 characters",schema:100000,parentSchema:schema49.items.properties.text,data:data24};
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
const err85 = {instancePath:instancePath+"/words/" + i0+"/text",schemaPath:"#/$defs/wordDiff/items/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.items.properties.text.type,parentSchema:schema49.items.properties.text,data:data24};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data23.change !== undefined){
let data25 = data23.change;
if(!(((data25 === "same") || (data25 === "added")) || (data25 === "removed"))){
const err86 = {instancePath:instancePath+"/words/" + i0+"/change",schemaPath:"#/$defs/wordDiff/items/properties/change/enum",keyword:"enum",params:{allowedValues: schema49.items.properties.change.enum},message:"must be equal to one of the allowed values",schema:schema49.items.properties.change.enum,parentSchema:schema49.items.properties.change,data:data25};
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
else {
const err87 = {instancePath:instancePath+"/words/" + i0,schemaPath:"#/$defs/wordDiff/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.items.type,parentSchema:schema49.items,data:data23};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
else {
const err88 = {instancePath:instancePath+"/words",schemaPath:"#/$defs/wordDiff/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema49.type,parentSchema:schema49,data:data22};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
var _valid4 = _errs79 === errors;
valid21 = valid21 || _valid4;
const _errs88 = errors;
if(data22 !== null){
const err89 = {instancePath:instancePath+"/words",schemaPath:"#/oneOf/3/properties/words/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema75.oneOf[3].properties.words.anyOf[1].type,parentSchema:schema75.oneOf[3].properties.words.anyOf[1],data:data22};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
var _valid4 = _errs88 === errors;
valid21 = valid21 || _valid4;
if(!valid21){
const err90 = {instancePath:instancePath+"/words",schemaPath:"#/oneOf/3/properties/words/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema75.oneOf[3].properties.words.anyOf,parentSchema:schema75.oneOf[3].properties.words,data:data22};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
else {
errors = _errs78;
if(vErrors !== null){
if(_errs78){
vErrors.length = _errs78;
}
else {
vErrors = null;
}
}
}
}
if(data.hunks !== undefined){
let data26 = data.hunks;
const _errs91 = errors;
let valid26 = false;
const _errs92 = errors;
if(!(validate27(data26, {instancePath:instancePath+"/hunks",parentData:data,parentDataProperty:"hunks",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var _valid5 = _errs92 === errors;
valid26 = valid26 || _valid5;
const _errs93 = errors;
if(data26 !== null){
const err91 = {instancePath:instancePath+"/hunks",schemaPath:"#/oneOf/3/properties/hunks/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema75.oneOf[3].properties.hunks.anyOf[1].type,parentSchema:schema75.oneOf[3].properties.hunks.anyOf[1],data:data26};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
var _valid5 = _errs93 === errors;
valid26 = valid26 || _valid5;
if(!valid26){
const err92 = {instancePath:instancePath+"/hunks",schemaPath:"#/oneOf/3/properties/hunks/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema75.oneOf[3].properties.hunks.anyOf,parentSchema:schema75.oneOf[3].properties.hunks,data:data26};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
else {
errors = _errs91;
if(vErrors !== null){
if(_errs91){
vErrors.length = _errs91;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err93 = {instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.oneOf[3].type,parentSchema:schema75.oneOf[3],data};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
var _valid0 = _errs60 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
if(props0 !== true){
props0 = true;
}
}
}
}
}
if(!valid0){
const err94 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema75.oneOf,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate38.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
});
var validate36 = (function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate36.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.change === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "change"},message:"must have required property '"+"change"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.file === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.previousFile === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previousFile"},message:"must have required property '"+"previousFile"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.previousId === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previousId"},message:"must have required property '"+"previousId"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.title === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.fields === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.version === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.changelog === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changelog"},message:"must have required property '"+"changelog"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.steps === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "steps"},message:"must have required property '"+"steps"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data.keeps === undefined){
const err11 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "keeps"},message:"must have required property '"+"keeps"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema66.properties, key0))){
const err12 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("SOP" !== data0){
const err13 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "SOP"},message:"must be equal to constant",schema:"SOP",parentSchema:schema66.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func1(data1) > 1000){
const err14 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data1};
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
const err15 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.change !== undefined){
let data2 = data.change;
if(!((((data2 === "added") || (data2 === "removed")) || (data2 === "changed")) || (data2 === "renamed"))){
const err16 = {instancePath:instancePath+"/change",schemaPath:"#/$defs/changeKind/enum",keyword:"enum",params:{allowedValues: schema38.enum},message:"must be equal to one of the allowed values",schema:schema38.enum,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.file !== undefined){
let data3 = data.file;
if(typeof data3 === "string"){
if(func1(data3) > 500){
const err17 = {instancePath:instancePath+"/file",schemaPath:"#/$defs/file/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema34,data:data3};
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
const err18 = {instancePath:instancePath+"/file",schemaPath:"#/$defs/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.previousFile !== undefined){
let data4 = data.previousFile;
const _errs12 = errors;
let valid4 = false;
const _errs13 = errors;
if(typeof data4 === "string"){
if(func1(data4) > 500){
const err19 = {instancePath:instancePath+"/previousFile",schemaPath:"#/$defs/file/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema34,data:data4};
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
const err20 = {instancePath:instancePath+"/previousFile",schemaPath:"#/$defs/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
const _errs16 = errors;
if(data4 !== null){
const err21 = {instancePath:instancePath+"/previousFile",schemaPath:"#/properties/previousFile/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema66.properties.previousFile.anyOf[1].type,parentSchema:schema66.properties.previousFile.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const err22 = {instancePath:instancePath+"/previousFile",schemaPath:"#/properties/previousFile/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema66.properties.previousFile.anyOf,parentSchema:schema66.properties.previousFile,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.previousId !== undefined){
let data5 = data.previousId;
const _errs19 = errors;
let valid6 = false;
const _errs20 = errors;
if(typeof data5 === "string"){
if(func1(data5) > 1000){
const err23 = {instancePath:instancePath+"/previousId",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data5};
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
const err24 = {instancePath:instancePath+"/previousId",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid1 = _errs20 === errors;
valid6 = valid6 || _valid1;
const _errs23 = errors;
if(data5 !== null){
const err25 = {instancePath:instancePath+"/previousId",schemaPath:"#/properties/previousId/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema66.properties.previousId.anyOf[1].type,parentSchema:schema66.properties.previousId.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid1 = _errs23 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err26 = {instancePath:instancePath+"/previousId",schemaPath:"#/properties/previousId/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema66.properties.previousId.anyOf,parentSchema:schema66.properties.previousId,data:data5};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
}
if(data.title !== undefined){
let data6 = data.title;
if(typeof data6 === "string"){
if(func1(data6) > 1000){
const err27 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data6};
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
const err28 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.fields !== undefined){
if(!(validate25(data.fields, {instancePath:instancePath+"/fields",parentData:data,parentDataProperty:"fields",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.version !== undefined){
let data8 = data.version;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.before === undefined){
const err29 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/required",keyword:"required",params:{missingProperty: "before"},message:"must have required property '"+"before"+"'",schema:schema66.properties.version.required,parentSchema:schema66.properties.version,data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data8.after === undefined){
const err30 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/required",keyword:"required",params:{missingProperty: "after"},message:"must have required property '"+"after"+"'",schema:schema66.properties.version.required,parentSchema:schema66.properties.version,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key1 in data8){
if(!((key1 === "before") || (key1 === "after"))){
const err31 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema66.properties.version,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data8.before !== undefined){
let data9 = data8.before;
if((!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))) && (data9 !== null)){
const err32 = {instancePath:instancePath+"/version/before",schemaPath:"#/properties/version/properties/before/type",keyword:"type",params:{type: schema66.properties.version.properties.before.type},message:"must be integer,null",schema:schema66.properties.version.properties.before.type,parentSchema:schema66.properties.version.properties.before,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 1000000000 || isNaN(data9)){
const err33 = {instancePath:instancePath+"/version/before",schemaPath:"#/properties/version/properties/before/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema66.properties.version.properties.before,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err34 = {instancePath:instancePath+"/version/before",schemaPath:"#/properties/version/properties/before/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema66.properties.version.properties.before,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
if(data8.after !== undefined){
let data10 = data8.after;
if((!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))) && (data10 !== null)){
const err35 = {instancePath:instancePath+"/version/after",schemaPath:"#/properties/version/properties/after/type",keyword:"type",params:{type: schema66.properties.version.properties.after.type},message:"must be integer,null",schema:schema66.properties.version.properties.after.type,parentSchema:schema66.properties.version.properties.after,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1000000000 || isNaN(data10)){
const err36 = {instancePath:instancePath+"/version/after",schemaPath:"#/properties/version/properties/after/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema66.properties.version.properties.after,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err37 = {instancePath:instancePath+"/version/after",schemaPath:"#/properties/version/properties/after/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema66.properties.version.properties.after,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
}
else {
const err38 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.properties.version.type,parentSchema:schema66.properties.version,data:data8};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.changelog !== undefined){
let data11 = data.changelog;
if(Array.isArray(data11)){
if(data11.length > 1000){
const err39 = {instancePath:instancePath+"/changelog",schemaPath:"#/properties/changelog/maxItems",keyword:"maxItems",params:{limit: 1000},message:"must NOT have more than 1000 items",schema:1000,parentSchema:schema66.properties.changelog,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const len0 = data11.length;
for(let i0=0; i0<len0; i0++){
let data12 = data11[i0];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.version === undefined){
const err40 = {instancePath:instancePath+"/changelog/" + i0,schemaPath:"#/properties/changelog/items/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema66.properties.changelog.items.required,parentSchema:schema66.properties.changelog.items,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data12.date === undefined){
const err41 = {instancePath:instancePath+"/changelog/" + i0,schemaPath:"#/properties/changelog/items/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema66.properties.changelog.items.required,parentSchema:schema66.properties.changelog.items,data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data12.summary === undefined){
const err42 = {instancePath:instancePath+"/changelog/" + i0,schemaPath:"#/properties/changelog/items/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema66.properties.changelog.items.required,parentSchema:schema66.properties.changelog.items,data:data12};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
for(const key2 in data12){
if(!(((key2 === "version") || (key2 === "date")) || (key2 === "summary"))){
const err43 = {instancePath:instancePath+"/changelog/" + i0,schemaPath:"#/properties/changelog/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema66.properties.changelog.items,data:data12};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data12.version !== undefined){
let data13 = data12.version;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err44 = {instancePath:instancePath+"/changelog/" + i0+"/version",schemaPath:"#/properties/changelog/items/properties/version/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema66.properties.changelog.items.properties.version.type,parentSchema:schema66.properties.changelog.items.properties.version,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 1000000000 || isNaN(data13)){
const err45 = {instancePath:instancePath+"/changelog/" + i0+"/version",schemaPath:"#/properties/changelog/items/properties/version/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000},message:"must be <= 1000000000",schema:1000000000,parentSchema:schema66.properties.changelog.items.properties.version,data:data13};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data13 < 0 || isNaN(data13)){
const err46 = {instancePath:instancePath+"/changelog/" + i0+"/version",schemaPath:"#/properties/changelog/items/properties/version/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema66.properties.changelog.items.properties.version,data:data13};
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
if(data12.date !== undefined){
let data14 = data12.date;
if(typeof data14 === "string"){
if(func1(data14) > 1000){
const err47 = {instancePath:instancePath+"/changelog/" + i0+"/date",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data14};
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
const err48 = {instancePath:instancePath+"/changelog/" + i0+"/date",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data14};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data12.summary !== undefined){
let data15 = data12.summary;
if(typeof data15 === "string"){
if(func1(data15) > 1000){
const err49 = {instancePath:instancePath+"/changelog/" + i0+"/summary",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data15};
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
const err50 = {instancePath:instancePath+"/changelog/" + i0+"/summary",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data15};
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
const err51 = {instancePath:instancePath+"/changelog/" + i0,schemaPath:"#/properties/changelog/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.properties.changelog.items.type,parentSchema:schema66.properties.changelog.items,data:data12};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/changelog",schemaPath:"#/properties/changelog/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema66.properties.changelog.type,parentSchema:schema66.properties.changelog,data:data11};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.steps !== undefined){
let data16 = data.steps;
if(Array.isArray(data16)){
if(data16.length > 5000){
const err53 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/maxItems",keyword:"maxItems",params:{limit: 5000},message:"must NOT have more than 5000 items",schema:5000,parentSchema:schema66.properties.steps,data:data16};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
const len1 = data16.length;
for(let i1=0; i1<len1; i1++){
if(!(validate38(data16[i1], {instancePath:instancePath+"/steps/" + i1,parentData:data16,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
}
else {
const err54 = {instancePath:instancePath+"/steps",schemaPath:"#/properties/steps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema66.properties.steps.type,parentSchema:schema66.properties.steps,data:data16};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.keeps !== undefined){
if(!(validate31(data.keeps, {instancePath:instancePath+"/keeps",parentData:data,parentDataProperty:"keeps",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err55 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.type,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
});
var validate46 = (function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 5000){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 5000},message:"must NOT have more than 5000 items",schema:5000,parentSchema:schema98,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(typeof data0 === "string"){
if(func1(data0) > 1000){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data0};
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
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};
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
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema98.type,parentSchema:schema98,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
});
var validate45 = (function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.added === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "added"},message:"must have required property '"+"added"+"'",schema:schema97.required,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.removed === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "removed"},message:"must have required property '"+"removed"+"'",schema:schema97.required,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "added") || (key0 === "removed"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.added !== undefined){
if(!(validate46(data.added, {instancePath:instancePath+"/added",parentData:data,parentDataProperty:"added",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.removed !== undefined){
if(!(validate46(data.removed, {instancePath:instancePath+"/removed",parentData:data,parentDataProperty:"removed",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema97.type,parentSchema:schema97,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
});
var validate43 = (function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.change === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "change"},message:"must have required property '"+"change"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.file === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.previousFile === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previousFile"},message:"must have required property '"+"previousFile"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.previousId === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previousId"},message:"must have required property '"+"previousId"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.title === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.fields === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.links === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "links"},message:"must have required property '"+"links"+"'",schema:schema90.required,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema90.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("Policy" !== data0){
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Policy"},message:"must be equal to constant",schema:"Policy",parentSchema:schema90.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func1(data1) > 1000){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data1};
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
const err12 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.change !== undefined){
let data2 = data.change;
if(!((((data2 === "added") || (data2 === "removed")) || (data2 === "changed")) || (data2 === "renamed"))){
const err13 = {instancePath:instancePath+"/change",schemaPath:"#/$defs/changeKind/enum",keyword:"enum",params:{allowedValues: schema38.enum},message:"must be equal to one of the allowed values",schema:schema38.enum,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.file !== undefined){
let data3 = data.file;
if(typeof data3 === "string"){
if(func1(data3) > 500){
const err14 = {instancePath:instancePath+"/file",schemaPath:"#/$defs/file/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema34,data:data3};
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
const err15 = {instancePath:instancePath+"/file",schemaPath:"#/$defs/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.previousFile !== undefined){
let data4 = data.previousFile;
const _errs12 = errors;
let valid4 = false;
const _errs13 = errors;
if(typeof data4 === "string"){
if(func1(data4) > 500){
const err16 = {instancePath:instancePath+"/previousFile",schemaPath:"#/$defs/file/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema34,data:data4};
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
const err17 = {instancePath:instancePath+"/previousFile",schemaPath:"#/$defs/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
const _errs16 = errors;
if(data4 !== null){
const err18 = {instancePath:instancePath+"/previousFile",schemaPath:"#/properties/previousFile/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema90.properties.previousFile.anyOf[1].type,parentSchema:schema90.properties.previousFile.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const err19 = {instancePath:instancePath+"/previousFile",schemaPath:"#/properties/previousFile/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema90.properties.previousFile.anyOf,parentSchema:schema90.properties.previousFile,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.previousId !== undefined){
let data5 = data.previousId;
const _errs19 = errors;
let valid6 = false;
const _errs20 = errors;
if(typeof data5 === "string"){
if(func1(data5) > 1000){
const err20 = {instancePath:instancePath+"/previousId",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data5};
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
const err21 = {instancePath:instancePath+"/previousId",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid1 = _errs20 === errors;
valid6 = valid6 || _valid1;
const _errs23 = errors;
if(data5 !== null){
const err22 = {instancePath:instancePath+"/previousId",schemaPath:"#/properties/previousId/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema90.properties.previousId.anyOf[1].type,parentSchema:schema90.properties.previousId.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid1 = _errs23 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err23 = {instancePath:instancePath+"/previousId",schemaPath:"#/properties/previousId/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema90.properties.previousId.anyOf,parentSchema:schema90.properties.previousId,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
}
if(data.title !== undefined){
let data6 = data.title;
if(typeof data6 === "string"){
if(func1(data6) > 1000){
const err24 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.fields !== undefined){
if(!(validate25(data.fields, {instancePath:instancePath+"/fields",parentData:data,parentDataProperty:"fields",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.links !== undefined){
if(!(validate45(data.links, {instancePath:instancePath+"/links",parentData:data,parentDataProperty:"links",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema90.type,parentSchema:schema90,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
});
var validate51 = (function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.change === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "change"},message:"must have required property '"+"change"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.file === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.previousFile === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previousFile"},message:"must have required property '"+"previousFile"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.previousId === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previousId"},message:"must have required property '"+"previousId"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.title === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.fields === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.members === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "members"},message:"must have required property '"+"members"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.leads === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "leads"},message:"must have required property '"+"leads"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.ownership === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ownership"},message:"must have required property '"+"ownership"+"'",schema:schema100.required,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema100.properties, key0))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("Team" !== data0){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Team"},message:"must be equal to constant",schema:"Team",parentSchema:schema100.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func1(data1) > 1000){
const err13 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data1};
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
const err14 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.change !== undefined){
let data2 = data.change;
if(!((((data2 === "added") || (data2 === "removed")) || (data2 === "changed")) || (data2 === "renamed"))){
const err15 = {instancePath:instancePath+"/change",schemaPath:"#/$defs/changeKind/enum",keyword:"enum",params:{allowedValues: schema38.enum},message:"must be equal to one of the allowed values",schema:schema38.enum,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.file !== undefined){
let data3 = data.file;
if(typeof data3 === "string"){
if(func1(data3) > 500){
const err16 = {instancePath:instancePath+"/file",schemaPath:"#/$defs/file/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema34,data:data3};
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
const err17 = {instancePath:instancePath+"/file",schemaPath:"#/$defs/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.previousFile !== undefined){
let data4 = data.previousFile;
const _errs12 = errors;
let valid4 = false;
const _errs13 = errors;
if(typeof data4 === "string"){
if(func1(data4) > 500){
const err18 = {instancePath:instancePath+"/previousFile",schemaPath:"#/$defs/file/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema34,data:data4};
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
const err19 = {instancePath:instancePath+"/previousFile",schemaPath:"#/$defs/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
const _errs16 = errors;
if(data4 !== null){
const err20 = {instancePath:instancePath+"/previousFile",schemaPath:"#/properties/previousFile/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema100.properties.previousFile.anyOf[1].type,parentSchema:schema100.properties.previousFile.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const err21 = {instancePath:instancePath+"/previousFile",schemaPath:"#/properties/previousFile/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema100.properties.previousFile.anyOf,parentSchema:schema100.properties.previousFile,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.previousId !== undefined){
let data5 = data.previousId;
const _errs19 = errors;
let valid6 = false;
const _errs20 = errors;
if(typeof data5 === "string"){
if(func1(data5) > 1000){
const err22 = {instancePath:instancePath+"/previousId",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data5};
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
const err23 = {instancePath:instancePath+"/previousId",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid1 = _errs20 === errors;
valid6 = valid6 || _valid1;
const _errs23 = errors;
if(data5 !== null){
const err24 = {instancePath:instancePath+"/previousId",schemaPath:"#/properties/previousId/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema100.properties.previousId.anyOf[1].type,parentSchema:schema100.properties.previousId.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid1 = _errs23 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err25 = {instancePath:instancePath+"/previousId",schemaPath:"#/properties/previousId/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema100.properties.previousId.anyOf,parentSchema:schema100.properties.previousId,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
}
if(data.title !== undefined){
let data6 = data.title;
if(typeof data6 === "string"){
if(func1(data6) > 1000){
const err26 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.fields !== undefined){
if(!(validate25(data.fields, {instancePath:instancePath+"/fields",parentData:data,parentDataProperty:"fields",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.members !== undefined){
if(!(validate45(data.members, {instancePath:instancePath+"/members",parentData:data,parentDataProperty:"members",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
if(data.leads !== undefined){
if(!(validate45(data.leads, {instancePath:instancePath+"/leads",parentData:data,parentDataProperty:"leads",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
if(data.ownership !== undefined){
let data10 = data.ownership;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.gained === undefined){
const err28 = {instancePath:instancePath+"/ownership",schemaPath:"#/properties/ownership/required",keyword:"required",params:{missingProperty: "gained"},message:"must have required property '"+"gained"+"'",schema:schema100.properties.ownership.required,parentSchema:schema100.properties.ownership,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data10.lost === undefined){
const err29 = {instancePath:instancePath+"/ownership",schemaPath:"#/properties/ownership/required",keyword:"required",params:{missingProperty: "lost"},message:"must have required property '"+"lost"+"'",schema:schema100.properties.ownership.required,parentSchema:schema100.properties.ownership,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
for(const key1 in data10){
if(!((key1 === "gained") || (key1 === "lost"))){
const err30 = {instancePath:instancePath+"/ownership",schemaPath:"#/properties/ownership/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema100.properties.ownership,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data10.gained !== undefined){
if(!(validate46(data10.gained, {instancePath:instancePath+"/ownership/gained",parentData:data10,parentDataProperty:"gained",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data10.lost !== undefined){
if(!(validate46(data10.lost, {instancePath:instancePath+"/ownership/lost",parentData:data10,parentDataProperty:"lost",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err31 = {instancePath:instancePath+"/ownership",schemaPath:"#/properties/ownership/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.properties.ownership.type,parentSchema:schema100.properties.ownership,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema100.type,parentSchema:schema100,data};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate51.errors = vErrors;
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
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema107.required,parentSchema:schema107,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema107.required,parentSchema:schema107,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.change === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "change"},message:"must have required property '"+"change"+"'",schema:schema107.required,parentSchema:schema107,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.file === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema107.required,parentSchema:schema107,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.previousFile === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previousFile"},message:"must have required property '"+"previousFile"+"'",schema:schema107.required,parentSchema:schema107,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.previousId === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previousId"},message:"must have required property '"+"previousId"+"'",schema:schema107.required,parentSchema:schema107,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.title === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema107.required,parentSchema:schema107,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.fields === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'",schema:schema107.required,parentSchema:schema107,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.hours === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "hours"},message:"must have required property '"+"hours"+"'",schema:schema107.required,parentSchema:schema107,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.holidays === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "holidays"},message:"must have required property '"+"holidays"+"'",schema:schema107.required,parentSchema:schema107,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.standards === undefined){
const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "standards"},message:"must have required property '"+"standards"+"'",schema:schema107.required,parentSchema:schema107,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema107.properties, key0))){
const err11 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema107,data};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("Calendar" !== data0){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "Calendar"},message:"must be equal to constant",schema:"Calendar",parentSchema:schema107.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.id !== undefined){
let data1 = data.id;
if(typeof data1 === "string"){
if(func1(data1) > 1000){
const err13 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data1};
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
const err14 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.change !== undefined){
let data2 = data.change;
if(!((((data2 === "added") || (data2 === "removed")) || (data2 === "changed")) || (data2 === "renamed"))){
const err15 = {instancePath:instancePath+"/change",schemaPath:"#/$defs/changeKind/enum",keyword:"enum",params:{allowedValues: schema38.enum},message:"must be equal to one of the allowed values",schema:schema38.enum,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.file !== undefined){
let data3 = data.file;
if(typeof data3 === "string"){
if(func1(data3) > 500){
const err16 = {instancePath:instancePath+"/file",schemaPath:"#/$defs/file/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema34,data:data3};
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
const err17 = {instancePath:instancePath+"/file",schemaPath:"#/$defs/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.previousFile !== undefined){
let data4 = data.previousFile;
const _errs12 = errors;
let valid4 = false;
const _errs13 = errors;
if(typeof data4 === "string"){
if(func1(data4) > 500){
const err18 = {instancePath:instancePath+"/previousFile",schemaPath:"#/$defs/file/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema34,data:data4};
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
const err19 = {instancePath:instancePath+"/previousFile",schemaPath:"#/$defs/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
const _errs16 = errors;
if(data4 !== null){
const err20 = {instancePath:instancePath+"/previousFile",schemaPath:"#/properties/previousFile/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema107.properties.previousFile.anyOf[1].type,parentSchema:schema107.properties.previousFile.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const err21 = {instancePath:instancePath+"/previousFile",schemaPath:"#/properties/previousFile/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema107.properties.previousFile.anyOf,parentSchema:schema107.properties.previousFile,data:data4};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.previousId !== undefined){
let data5 = data.previousId;
const _errs19 = errors;
let valid6 = false;
const _errs20 = errors;
if(typeof data5 === "string"){
if(func1(data5) > 1000){
const err22 = {instancePath:instancePath+"/previousId",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data5};
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
const err23 = {instancePath:instancePath+"/previousId",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid1 = _errs20 === errors;
valid6 = valid6 || _valid1;
const _errs23 = errors;
if(data5 !== null){
const err24 = {instancePath:instancePath+"/previousId",schemaPath:"#/properties/previousId/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema107.properties.previousId.anyOf[1].type,parentSchema:schema107.properties.previousId.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid1 = _errs23 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err25 = {instancePath:instancePath+"/previousId",schemaPath:"#/properties/previousId/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema107.properties.previousId.anyOf,parentSchema:schema107.properties.previousId,data:data5};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
}
if(data.title !== undefined){
let data6 = data.title;
if(typeof data6 === "string"){
if(func1(data6) > 1000){
const err26 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.fields !== undefined){
if(!(validate25(data.fields, {instancePath:instancePath+"/fields",parentData:data,parentDataProperty:"fields",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.hours !== undefined){
if(!(validate46(data.hours, {instancePath:instancePath+"/hours",parentData:data,parentDataProperty:"hours",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data.holidays !== undefined){
let data9 = data.holidays;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.added === undefined){
const err28 = {instancePath:instancePath+"/holidays",schemaPath:"#/properties/holidays/required",keyword:"required",params:{missingProperty: "added"},message:"must have required property '"+"added"+"'",schema:schema107.properties.holidays.required,parentSchema:schema107.properties.holidays,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data9.removed === undefined){
const err29 = {instancePath:instancePath+"/holidays",schemaPath:"#/properties/holidays/required",keyword:"required",params:{missingProperty: "removed"},message:"must have required property '"+"removed"+"'",schema:schema107.properties.holidays.required,parentSchema:schema107.properties.holidays,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data9.changed === undefined){
const err30 = {instancePath:instancePath+"/holidays",schemaPath:"#/properties/holidays/required",keyword:"required",params:{missingProperty: "changed"},message:"must have required property '"+"changed"+"'",schema:schema107.properties.holidays.required,parentSchema:schema107.properties.holidays,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key1 in data9){
if(!(((key1 === "added") || (key1 === "removed")) || (key1 === "changed"))){
const err31 = {instancePath:instancePath+"/holidays",schemaPath:"#/properties/holidays/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema107.properties.holidays,data:data9};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data9.added !== undefined){
if(!(validate46(data9.added, {instancePath:instancePath+"/holidays/added",parentData:data9,parentDataProperty:"added",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data9.removed !== undefined){
if(!(validate46(data9.removed, {instancePath:instancePath+"/holidays/removed",parentData:data9,parentDataProperty:"removed",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
if(data9.changed !== undefined){
if(!(validate46(data9.changed, {instancePath:instancePath+"/holidays/changed",parentData:data9,parentDataProperty:"changed",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err32 = {instancePath:instancePath+"/holidays",schemaPath:"#/properties/holidays/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema107.properties.holidays.type,parentSchema:schema107.properties.holidays,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.standards !== undefined){
if(!(validate46(data.standards, {instancePath:instancePath+"/standards",parentData:data,parentDataProperty:"standards",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema107.type,parentSchema:schema107,data};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
});
var validate66 = (function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema114.required,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema114.required,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.change === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "change"},message:"must have required property '"+"change"+"'",schema:schema114.required,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.file === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema114.required,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.previousFile === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previousFile"},message:"must have required property '"+"previousFile"+"'",schema:schema114.required,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.previousId === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "previousId"},message:"must have required property '"+"previousId"+"'",schema:schema114.required,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.title === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema114.required,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.fields === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fields"},message:"must have required property '"+"fields"+"'",schema:schema114.required,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "kind") || (key0 === "id")) || (key0 === "change")) || (key0 === "file")) || (key0 === "previousFile")) || (key0 === "previousId")) || (key0 === "title")) || (key0 === "fields"))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema114,data};
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
if(!((data0 === "Scorecard") || (data0 === "Pipeline"))){
const err9 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema114.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema114.properties.kind.enum,parentSchema:schema114.properties.kind,data:data0};
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
if(func1(data1) > 1000){
const err10 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data1};
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
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.change !== undefined){
let data2 = data.change;
if(!((((data2 === "added") || (data2 === "removed")) || (data2 === "changed")) || (data2 === "renamed"))){
const err12 = {instancePath:instancePath+"/change",schemaPath:"#/$defs/changeKind/enum",keyword:"enum",params:{allowedValues: schema38.enum},message:"must be equal to one of the allowed values",schema:schema38.enum,parentSchema:schema38,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.file !== undefined){
let data3 = data.file;
if(typeof data3 === "string"){
if(func1(data3) > 500){
const err13 = {instancePath:instancePath+"/file",schemaPath:"#/$defs/file/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema34,data:data3};
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
const err14 = {instancePath:instancePath+"/file",schemaPath:"#/$defs/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.previousFile !== undefined){
let data4 = data.previousFile;
const _errs12 = errors;
let valid4 = false;
const _errs13 = errors;
if(typeof data4 === "string"){
if(func1(data4) > 500){
const err15 = {instancePath:instancePath+"/previousFile",schemaPath:"#/$defs/file/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema34,data:data4};
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
const err16 = {instancePath:instancePath+"/previousFile",schemaPath:"#/$defs/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = valid4 || _valid0;
const _errs16 = errors;
if(data4 !== null){
const err17 = {instancePath:instancePath+"/previousFile",schemaPath:"#/properties/previousFile/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema114.properties.previousFile.anyOf[1].type,parentSchema:schema114.properties.previousFile.anyOf[1],data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const err18 = {instancePath:instancePath+"/previousFile",schemaPath:"#/properties/previousFile/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema114.properties.previousFile.anyOf,parentSchema:schema114.properties.previousFile,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
else {
errors = _errs12;
if(vErrors !== null){
if(_errs12){
vErrors.length = _errs12;
}
else {
vErrors = null;
}
}
}
}
if(data.previousId !== undefined){
let data5 = data.previousId;
const _errs19 = errors;
let valid6 = false;
const _errs20 = errors;
if(typeof data5 === "string"){
if(func1(data5) > 1000){
const err19 = {instancePath:instancePath+"/previousId",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data5};
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
const err20 = {instancePath:instancePath+"/previousId",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
var _valid1 = _errs20 === errors;
valid6 = valid6 || _valid1;
const _errs23 = errors;
if(data5 !== null){
const err21 = {instancePath:instancePath+"/previousId",schemaPath:"#/properties/previousId/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema114.properties.previousId.anyOf[1].type,parentSchema:schema114.properties.previousId.anyOf[1],data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid1 = _errs23 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err22 = {instancePath:instancePath+"/previousId",schemaPath:"#/properties/previousId/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema114.properties.previousId.anyOf,parentSchema:schema114.properties.previousId,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
else {
errors = _errs19;
if(vErrors !== null){
if(_errs19){
vErrors.length = _errs19;
}
else {
vErrors = null;
}
}
}
}
if(data.title !== undefined){
let data6 = data.title;
if(typeof data6 === "string"){
if(func1(data6) > 1000){
const err23 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data6};
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
const err24 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.fields !== undefined){
if(!(validate25(data.fields, {instancePath:instancePath+"/fields",parentData:data,parentDataProperty:"fields",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema114.type,parentSchema:schema114,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
});
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
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs2 = errors;
if(!(validate36(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
const _errs3 = errors;
if(!(validate43(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
const _errs4 = errors;
if(!(validate51(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
if(props0 !== true){
props0 = true;
}
}
const _errs5 = errors;
if(!(validate58(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid0 = true;
passing0 = 4;
if(props0 !== true){
props0 = true;
}
}
const _errs6 = errors;
if(!(validate66(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 5];
}
else {
if(_valid0){
valid0 = true;
passing0 = 5;
if(props0 !== true){
props0 = true;
}
}
}
}
}
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema35.oneOf,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate23.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
});
var validate70 = (function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate70.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema121.required,parentSchema:schema121,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.file === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema121.required,parentSchema:schema121,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.title === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema121.required,parentSchema:schema121,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.reasons === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reasons"},message:"must have required property '"+"reasons"+"'",schema:schema121.required,parentSchema:schema121,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "id") || (key0 === "file")) || (key0 === "title")) || (key0 === "reasons"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema121,data};
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
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 1000){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data0};
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
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.file !== undefined){
let data1 = data.file;
if(typeof data1 === "string"){
if(func1(data1) > 500){
const err7 = {instancePath:instancePath+"/file",schemaPath:"#/$defs/file/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema34,data:data1};
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
const err8 = {instancePath:instancePath+"/file",schemaPath:"#/$defs/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 === "string"){
if(func1(data2) > 1000){
const err9 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data2};
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
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.reasons !== undefined){
let data3 = data.reasons;
if(Array.isArray(data3)){
if(data3.length > 50){
const err11 = {instancePath:instancePath+"/reasons",schemaPath:"#/properties/reasons/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema121.properties.reasons,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func1(data4) > 1000){
const err12 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data4};
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
const err13 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/reasons",schemaPath:"#/properties/reasons/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema121.properties.reasons.type,parentSchema:schema121.properties.reasons,data:data3};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema121.type,parentSchema:schema121,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate70.errors = vErrors;
return errors === 0;
});
var validate72 = (function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.severity === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'",schema:schema126.required,parentSchema:schema126,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.file === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'",schema:schema126.required,parentSchema:schema126,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.subject === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "subject"},message:"must have required property '"+"subject"+"'",schema:schema126.required,parentSchema:schema126,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.message === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema126.required,parentSchema:schema126,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.rule === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rule"},message:"must have required property '"+"rule"+"'",schema:schema126.required,parentSchema:schema126,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "severity") || (key0 === "file")) || (key0 === "subject")) || (key0 === "message")) || (key0 === "rule"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema126,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.severity !== undefined){
let data0 = data.severity;
if(!((data0 === "warning") || (data0 === "error"))){
const err6 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema126.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema126.properties.severity.enum,parentSchema:schema126.properties.severity,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.file !== undefined){
let data1 = data.file;
if(typeof data1 === "string"){
if(func1(data1) > 500){
const err7 = {instancePath:instancePath+"/file",schemaPath:"#/$defs/file/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters",schema:500,parentSchema:schema34,data:data1};
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
const err8 = {instancePath:instancePath+"/file",schemaPath:"#/$defs/file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.subject !== undefined){
let data2 = data.subject;
if(typeof data2 === "string"){
if(func1(data2) > 1000){
const err9 = {instancePath:instancePath+"/subject",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data2};
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
const err10 = {instancePath:instancePath+"/subject",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.message !== undefined){
let data3 = data.message;
if(typeof data3 === "string"){
if(func1(data3) > 5000){
const err11 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters",schema:5000,parentSchema:schema126.properties.message,data:data3};
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
const err12 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema126.properties.message.type,parentSchema:schema126.properties.message,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.rule !== undefined){
let data4 = data.rule;
if(!(((((((data4 === "prose-numbers") || (data4 === "step-promise")) || (data4 === "sop-version")) || (data4 === "changelog")) || (data4 === "dangling-reference")) || (data4 === "invalid-document")) || (data4 === "published-history"))){
const err13 = {instancePath:instancePath+"/rule",schemaPath:"#/properties/rule/enum",keyword:"enum",params:{allowedValues: schema126.properties.rule.enum},message:"must be equal to one of the allowed values",schema:schema126.properties.rule.enum,parentSchema:schema126.properties.rule,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema126.type,parentSchema:schema126,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
});
var validate76 = (function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.status === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema134.required,parentSchema:schema134,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.value === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema134.required,parentSchema:schema134,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.valueText === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "valueText"},message:"must have required property '"+"valueText"+"'",schema:schema134.required,parentSchema:schema134,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.goalText === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "goalText"},message:"must have required property '"+"goalText"+"'",schema:schema134.required,parentSchema:schema134,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.count === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'",schema:schema134.required,parentSchema:schema134,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.inFlight === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inFlight"},message:"must have required property '"+"inFlight"+"'",schema:schema134.required,parentSchema:schema134,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.budgetRemaining === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "budgetRemaining"},message:"must have required property '"+"budgetRemaining"+"'",schema:schema134.required,parentSchema:schema134,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.daysOutOfGoal === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "daysOutOfGoal"},message:"must have required property '"+"daysOutOfGoal"+"'",schema:schema134.required,parentSchema:schema134,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.statement === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "statement"},message:"must have required property '"+"statement"+"'",schema:schema134.required,parentSchema:schema134,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key0 in data){
if(!(func3.call(schema134.properties, key0))){
const err9 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema134,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.status !== undefined){
let data0 = data.status;
if(!((((data0 === "met") || (data0 === "at-risk")) || (data0 === "breached")) || (data0 === "no-data"))){
const err10 = {instancePath:instancePath+"/status",schemaPath:"#/$defs/status/enum",keyword:"enum",params:{allowedValues: schema135.enum},message:"must be equal to one of the allowed values",schema:schema135.enum,parentSchema:schema135,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.value !== undefined){
let data1 = data.value;
if((!((typeof data1 == "number") && (isFinite(data1)))) && (data1 !== null)){
const err11 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/type",keyword:"type",params:{type: schema134.properties.value.type},message:"must be number,null",schema:schema134.properties.value.type,parentSchema:schema134.properties.value,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 1000 || isNaN(data1)){
const err12 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema134.properties.value,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data1 < -1000 || isNaN(data1)){
const err13 = {instancePath:instancePath+"/value",schemaPath:"#/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000},message:"must be >= -1000",schema:-1000,parentSchema:schema134.properties.value,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.valueText !== undefined){
let data2 = data.valueText;
if(typeof data2 === "string"){
if(func1(data2) > 1000){
const err14 = {instancePath:instancePath+"/valueText",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data2};
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
const err15 = {instancePath:instancePath+"/valueText",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.goalText !== undefined){
let data3 = data.goalText;
if(typeof data3 === "string"){
if(func1(data3) > 1000){
const err16 = {instancePath:instancePath+"/goalText",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data3};
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
const err17 = {instancePath:instancePath+"/goalText",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.count !== undefined){
let data4 = data.count;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err18 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema134.properties.count.type,parentSchema:schema134.properties.count,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 1000000000000 || isNaN(data4)){
const err19 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema134.properties.count,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data4 < 0 || isNaN(data4)){
const err20 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema134.properties.count,data:data4};
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
if(data.inFlight !== undefined){
let data5 = data.inFlight;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err21 = {instancePath:instancePath+"/inFlight",schemaPath:"#/properties/inFlight/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema134.properties.inFlight.type,parentSchema:schema134.properties.inFlight,data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 1000000000000 || isNaN(data5)){
const err22 = {instancePath:instancePath+"/inFlight",schemaPath:"#/properties/inFlight/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema134.properties.inFlight,data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5 < 0 || isNaN(data5)){
const err23 = {instancePath:instancePath+"/inFlight",schemaPath:"#/properties/inFlight/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema134.properties.inFlight,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data.budgetRemaining !== undefined){
let data6 = data.budgetRemaining;
if((!((typeof data6 == "number") && (isFinite(data6)))) && (data6 !== null)){
const err24 = {instancePath:instancePath+"/budgetRemaining",schemaPath:"#/properties/budgetRemaining/type",keyword:"type",params:{type: schema134.properties.budgetRemaining.type},message:"must be number,null",schema:schema134.properties.budgetRemaining.type,parentSchema:schema134.properties.budgetRemaining,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 1 || isNaN(data6)){
const err25 = {instancePath:instancePath+"/budgetRemaining",schemaPath:"#/properties/budgetRemaining/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema134.properties.budgetRemaining,data:data6};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data6 < -1000000000 || isNaN(data6)){
const err26 = {instancePath:instancePath+"/budgetRemaining",schemaPath:"#/properties/budgetRemaining/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000000000},message:"must be >= -1000000000",schema:-1000000000,parentSchema:schema134.properties.budgetRemaining,data:data6};
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
if(data.daysOutOfGoal !== undefined){
let data7 = data.daysOutOfGoal;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err27 = {instancePath:instancePath+"/daysOutOfGoal",schemaPath:"#/properties/daysOutOfGoal/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema134.properties.daysOutOfGoal.type,parentSchema:schema134.properties.daysOutOfGoal,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 100000 || isNaN(data7)){
const err28 = {instancePath:instancePath+"/daysOutOfGoal",schemaPath:"#/properties/daysOutOfGoal/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100000},message:"must be <= 100000",schema:100000,parentSchema:schema134.properties.daysOutOfGoal,data:data7};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err29 = {instancePath:instancePath+"/daysOutOfGoal",schemaPath:"#/properties/daysOutOfGoal/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema134.properties.daysOutOfGoal,data:data7};
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
if(data.statement !== undefined){
let data8 = data.statement;
if(typeof data8 === "string"){
if(func1(data8) > 5000){
const err30 = {instancePath:instancePath+"/statement",schemaPath:"#/properties/statement/maxLength",keyword:"maxLength",params:{limit: 5000},message:"must NOT have more than 5000 characters",schema:5000,parentSchema:schema134.properties.statement,data:data8};
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
const err31 = {instancePath:instancePath+"/statement",schemaPath:"#/properties/statement/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema134.properties.statement.type,parentSchema:schema134.properties.statement,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema134.type,parentSchema:schema134,data};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
validate76.errors = vErrors;
return errors === 0;
});
var validate75 = (function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate75.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema132.required,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.change === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "change"},message:"must have required property '"+"change"+"'",schema:schema132.required,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.base === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'",schema:schema132.required,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.proposed === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "proposed"},message:"must have required property '"+"proposed"+"'",schema:schema132.required,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.series === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "series"},message:"must have required property '"+"series"+"'",schema:schema132.required,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "change")) || (key0 === "base")) || (key0 === "proposed")) || (key0 === "series"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema132,data};
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
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 1000){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data0};
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
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.change !== undefined){
let data1 = data.change;
if(!(((data1 === "added") || (data1 === "changed")) || (data1 === "affected"))){
const err8 = {instancePath:instancePath+"/change",schemaPath:"#/properties/change/enum",keyword:"enum",params:{allowedValues: schema132.properties.change.enum},message:"must be equal to one of the allowed values",schema:schema132.properties.change.enum,parentSchema:schema132.properties.change,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.base !== undefined){
let data2 = data.base;
const _errs7 = errors;
let valid2 = false;
const _errs8 = errors;
if(!(validate76(data2, {instancePath:instancePath+"/base",parentData:data,parentDataProperty:"base",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
var _valid0 = _errs8 === errors;
valid2 = valid2 || _valid0;
const _errs9 = errors;
if(data2 !== null){
const err9 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/anyOf/1/type",keyword:"type",params:{type: "null"},message:"must be null",schema:schema132.properties.base.anyOf[1].type,parentSchema:schema132.properties.base.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs9 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err10 = {instancePath:instancePath+"/base",schemaPath:"#/properties/base/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema132.properties.base.anyOf,parentSchema:schema132.properties.base,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.proposed !== undefined){
if(!(validate76(data.proposed, {instancePath:instancePath+"/proposed",parentData:data,parentDataProperty:"proposed",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
}
if(data.series !== undefined){
let data4 = data.series;
if(Array.isArray(data4)){
if(data4.length > 3700){
const err11 = {instancePath:instancePath+"/series",schemaPath:"#/properties/series/maxItems",keyword:"maxItems",params:{limit: 3700},message:"must NOT have more than 3700 items",schema:3700,parentSchema:schema132.properties.series,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.date === undefined){
const err12 = {instancePath:instancePath+"/series/" + i0,schemaPath:"#/properties/series/items/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema132.properties.series.items.required,parentSchema:schema132.properties.series.items,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data5.base === undefined){
const err13 = {instancePath:instancePath+"/series/" + i0,schemaPath:"#/properties/series/items/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'",schema:schema132.properties.series.items.required,parentSchema:schema132.properties.series.items,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data5.proposed === undefined){
const err14 = {instancePath:instancePath+"/series/" + i0,schemaPath:"#/properties/series/items/required",keyword:"required",params:{missingProperty: "proposed"},message:"must have required property '"+"proposed"+"'",schema:schema132.properties.series.items.required,parentSchema:schema132.properties.series.items,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "date") || (key1 === "base")) || (key1 === "proposed"))){
const err15 = {instancePath:instancePath+"/series/" + i0,schemaPath:"#/properties/series/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema132.properties.series.items,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.date !== undefined){
let data6 = data5.date;
if(typeof data6 === "string"){
if(!pattern4.test(data6)){
const err16 = {instancePath:instancePath+"/series/" + i0+"/date",schemaPath:"#/properties/series/items/properties/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema132.properties.series.items.properties.date,data:data6};
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
const err17 = {instancePath:instancePath+"/series/" + i0+"/date",schemaPath:"#/properties/series/items/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema132.properties.series.items.properties.date.type,parentSchema:schema132.properties.series.items.properties.date,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.base !== undefined){
let data7 = data5.base;
if((!((typeof data7 == "number") && (isFinite(data7)))) && (data7 !== null)){
const err18 = {instancePath:instancePath+"/series/" + i0+"/base",schemaPath:"#/properties/series/items/properties/base/type",keyword:"type",params:{type: schema132.properties.series.items.properties.base.type},message:"must be number,null",schema:schema132.properties.series.items.properties.base.type,parentSchema:schema132.properties.series.items.properties.base,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1000 || isNaN(data7)){
const err19 = {instancePath:instancePath+"/series/" + i0+"/base",schemaPath:"#/properties/series/items/properties/base/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema132.properties.series.items.properties.base,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data7 < -1000 || isNaN(data7)){
const err20 = {instancePath:instancePath+"/series/" + i0+"/base",schemaPath:"#/properties/series/items/properties/base/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000},message:"must be >= -1000",schema:-1000,parentSchema:schema132.properties.series.items.properties.base,data:data7};
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
if(data5.proposed !== undefined){
let data8 = data5.proposed;
if((!((typeof data8 == "number") && (isFinite(data8)))) && (data8 !== null)){
const err21 = {instancePath:instancePath+"/series/" + i0+"/proposed",schemaPath:"#/properties/series/items/properties/proposed/type",keyword:"type",params:{type: schema132.properties.series.items.properties.proposed.type},message:"must be number,null",schema:schema132.properties.series.items.properties.proposed.type,parentSchema:schema132.properties.series.items.properties.proposed,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 1000 || isNaN(data8)){
const err22 = {instancePath:instancePath+"/series/" + i0+"/proposed",schemaPath:"#/properties/series/items/properties/proposed/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema132.properties.series.items.properties.proposed,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data8 < -1000 || isNaN(data8)){
const err23 = {instancePath:instancePath+"/series/" + i0+"/proposed",schemaPath:"#/properties/series/items/properties/proposed/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000},message:"must be >= -1000",schema:-1000,parentSchema:schema132.properties.series.items.properties.proposed,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
}
else {
const err24 = {instancePath:instancePath+"/series/" + i0,schemaPath:"#/properties/series/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema132.properties.series.items.type,parentSchema:schema132.properties.series.items,data:data5};
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
const err25 = {instancePath:instancePath+"/series",schemaPath:"#/properties/series/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema132.properties.series.type,parentSchema:schema132.properties.series,data:data4};
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
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema132.type,parentSchema:schema132,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate75.errors = vErrors;
return errors === 0;
});
var validate80 = (function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate80.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema139.required,parentSchema:schema139,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.reasons === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "reasons"},message:"must have required property '"+"reasons"+"'",schema:schema139.required,parentSchema:schema139,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.days === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "days"},message:"must have required property '"+"days"+"'",schema:schema139.required,parentSchema:schema139,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "id") || (key0 === "reasons")) || (key0 === "days"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema139,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func1(data0) > 1000){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data0};
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
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.reasons !== undefined){
let data1 = data.reasons;
if(Array.isArray(data1)){
if(data1.length > 50){
const err6 = {instancePath:instancePath+"/reasons",schemaPath:"#/properties/reasons/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema139.properties.reasons,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 === "string"){
if(func1(data2) > 1000){
const err7 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data2};
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
const err8 = {instancePath:instancePath+"/reasons/" + i0,schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/reasons",schemaPath:"#/properties/reasons/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema139.properties.reasons.type,parentSchema:schema139.properties.reasons,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.days !== undefined){
let data3 = data.days;
if(Array.isArray(data3)){
if(data3.length > 3700){
const err10 = {instancePath:instancePath+"/days",schemaPath:"#/properties/days/maxItems",keyword:"maxItems",params:{limit: 3700},message:"must NOT have more than 3700 items",schema:3700,parentSchema:schema139.properties.days,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.date === undefined){
const err11 = {instancePath:instancePath+"/days/" + i1,schemaPath:"#/properties/days/items/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema139.properties.days.items.required,parentSchema:schema139.properties.days.items,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data4.base === undefined){
const err12 = {instancePath:instancePath+"/days/" + i1,schemaPath:"#/properties/days/items/required",keyword:"required",params:{missingProperty: "base"},message:"must have required property '"+"base"+"'",schema:schema139.properties.days.items.required,parentSchema:schema139.properties.days.items,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4.proposed === undefined){
const err13 = {instancePath:instancePath+"/days/" + i1,schemaPath:"#/properties/days/items/required",keyword:"required",params:{missingProperty: "proposed"},message:"must have required property '"+"proposed"+"'",schema:schema139.properties.days.items.required,parentSchema:schema139.properties.days.items,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data4){
if(!(((key1 === "date") || (key1 === "base")) || (key1 === "proposed"))){
const err14 = {instancePath:instancePath+"/days/" + i1,schemaPath:"#/properties/days/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema139.properties.days.items,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.date !== undefined){
let data5 = data4.date;
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err15 = {instancePath:instancePath+"/days/" + i1+"/date",schemaPath:"#/properties/days/items/properties/date/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}$",parentSchema:schema139.properties.days.items.properties.date,data:data5};
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
const err16 = {instancePath:instancePath+"/days/" + i1+"/date",schemaPath:"#/properties/days/items/properties/date/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema139.properties.days.items.properties.date.type,parentSchema:schema139.properties.days.items.properties.date,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.base !== undefined){
let data6 = data4.base;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.count === undefined){
const err17 = {instancePath:instancePath+"/days/" + i1+"/base",schemaPath:"#/$defs/dayFigures/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'",schema:schema142.required,parentSchema:schema142,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data6.met === undefined){
const err18 = {instancePath:instancePath+"/days/" + i1+"/base",schemaPath:"#/$defs/dayFigures/required",keyword:"required",params:{missingProperty: "met"},message:"must have required property '"+"met"+"'",schema:schema142.required,parentSchema:schema142,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data6.value === undefined){
const err19 = {instancePath:instancePath+"/days/" + i1+"/base",schemaPath:"#/$defs/dayFigures/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema142.required,parentSchema:schema142,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data6.windowValue === undefined){
const err20 = {instancePath:instancePath+"/days/" + i1+"/base",schemaPath:"#/$defs/dayFigures/required",keyword:"required",params:{missingProperty: "windowValue"},message:"must have required property '"+"windowValue"+"'",schema:schema142.required,parentSchema:schema142,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key2 in data6){
if(!((((key2 === "count") || (key2 === "met")) || (key2 === "value")) || (key2 === "windowValue"))){
const err21 = {instancePath:instancePath+"/days/" + i1+"/base",schemaPath:"#/$defs/dayFigures/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema142,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.count !== undefined){
let data7 = data6.count;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err22 = {instancePath:instancePath+"/days/" + i1+"/base/count",schemaPath:"#/$defs/dayFigures/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema142.properties.count.type,parentSchema:schema142.properties.count,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 1000000000000 || isNaN(data7)){
const err23 = {instancePath:instancePath+"/days/" + i1+"/base/count",schemaPath:"#/$defs/dayFigures/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema142.properties.count,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(data7 < 0 || isNaN(data7)){
const err24 = {instancePath:instancePath+"/days/" + i1+"/base/count",schemaPath:"#/$defs/dayFigures/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema142.properties.count,data:data7};
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
if(data6.met !== undefined){
let data8 = data6.met;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err25 = {instancePath:instancePath+"/days/" + i1+"/base/met",schemaPath:"#/$defs/dayFigures/properties/met/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema142.properties.met.type,parentSchema:schema142.properties.met,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 1000000000000 || isNaN(data8)){
const err26 = {instancePath:instancePath+"/days/" + i1+"/base/met",schemaPath:"#/$defs/dayFigures/properties/met/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema142.properties.met,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err27 = {instancePath:instancePath+"/days/" + i1+"/base/met",schemaPath:"#/$defs/dayFigures/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema142.properties.met,data:data8};
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
if(data6.value !== undefined){
let data9 = data6.value;
if((!((typeof data9 == "number") && (isFinite(data9)))) && (data9 !== null)){
const err28 = {instancePath:instancePath+"/days/" + i1+"/base/value",schemaPath:"#/$defs/dayFigures/properties/value/type",keyword:"type",params:{type: schema142.properties.value.type},message:"must be number,null",schema:schema142.properties.value.type,parentSchema:schema142.properties.value,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 1000 || isNaN(data9)){
const err29 = {instancePath:instancePath+"/days/" + i1+"/base/value",schemaPath:"#/$defs/dayFigures/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema142.properties.value,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data9 < -1000 || isNaN(data9)){
const err30 = {instancePath:instancePath+"/days/" + i1+"/base/value",schemaPath:"#/$defs/dayFigures/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000},message:"must be >= -1000",schema:-1000,parentSchema:schema142.properties.value,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data6.windowValue !== undefined){
let data10 = data6.windowValue;
if((!((typeof data10 == "number") && (isFinite(data10)))) && (data10 !== null)){
const err31 = {instancePath:instancePath+"/days/" + i1+"/base/windowValue",schemaPath:"#/$defs/dayFigures/properties/windowValue/type",keyword:"type",params:{type: schema142.properties.windowValue.type},message:"must be number,null",schema:schema142.properties.windowValue.type,parentSchema:schema142.properties.windowValue,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 1000 || isNaN(data10)){
const err32 = {instancePath:instancePath+"/days/" + i1+"/base/windowValue",schemaPath:"#/$defs/dayFigures/properties/windowValue/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema142.properties.windowValue,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(data10 < -1000 || isNaN(data10)){
const err33 = {instancePath:instancePath+"/days/" + i1+"/base/windowValue",schemaPath:"#/$defs/dayFigures/properties/windowValue/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000},message:"must be >= -1000",schema:-1000,parentSchema:schema142.properties.windowValue,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
}
else {
const err34 = {instancePath:instancePath+"/days/" + i1+"/base",schemaPath:"#/$defs/dayFigures/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema142.type,parentSchema:schema142,data:data6};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data4.proposed !== undefined){
let data11 = data4.proposed;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.count === undefined){
const err35 = {instancePath:instancePath+"/days/" + i1+"/proposed",schemaPath:"#/$defs/dayFigures/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'",schema:schema142.required,parentSchema:schema142,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data11.met === undefined){
const err36 = {instancePath:instancePath+"/days/" + i1+"/proposed",schemaPath:"#/$defs/dayFigures/required",keyword:"required",params:{missingProperty: "met"},message:"must have required property '"+"met"+"'",schema:schema142.required,parentSchema:schema142,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data11.value === undefined){
const err37 = {instancePath:instancePath+"/days/" + i1+"/proposed",schemaPath:"#/$defs/dayFigures/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema142.required,parentSchema:schema142,data:data11};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data11.windowValue === undefined){
const err38 = {instancePath:instancePath+"/days/" + i1+"/proposed",schemaPath:"#/$defs/dayFigures/required",keyword:"required",params:{missingProperty: "windowValue"},message:"must have required property '"+"windowValue"+"'",schema:schema142.required,parentSchema:schema142,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key3 in data11){
if(!((((key3 === "count") || (key3 === "met")) || (key3 === "value")) || (key3 === "windowValue"))){
const err39 = {instancePath:instancePath+"/days/" + i1+"/proposed",schemaPath:"#/$defs/dayFigures/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema142,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data11.count !== undefined){
let data12 = data11.count;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
const err40 = {instancePath:instancePath+"/days/" + i1+"/proposed/count",schemaPath:"#/$defs/dayFigures/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema142.properties.count.type,parentSchema:schema142.properties.count,data:data12};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 1000000000000 || isNaN(data12)){
const err41 = {instancePath:instancePath+"/days/" + i1+"/proposed/count",schemaPath:"#/$defs/dayFigures/properties/count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema142.properties.count,data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data12 < 0 || isNaN(data12)){
const err42 = {instancePath:instancePath+"/days/" + i1+"/proposed/count",schemaPath:"#/$defs/dayFigures/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema142.properties.count,data:data12};
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
if(data11.met !== undefined){
let data13 = data11.met;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err43 = {instancePath:instancePath+"/days/" + i1+"/proposed/met",schemaPath:"#/$defs/dayFigures/properties/met/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema142.properties.met.type,parentSchema:schema142.properties.met,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 1000000000000 || isNaN(data13)){
const err44 = {instancePath:instancePath+"/days/" + i1+"/proposed/met",schemaPath:"#/$defs/dayFigures/properties/met/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema142.properties.met,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data13 < 0 || isNaN(data13)){
const err45 = {instancePath:instancePath+"/days/" + i1+"/proposed/met",schemaPath:"#/$defs/dayFigures/properties/met/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema142.properties.met,data:data13};
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
if(data11.value !== undefined){
let data14 = data11.value;
if((!((typeof data14 == "number") && (isFinite(data14)))) && (data14 !== null)){
const err46 = {instancePath:instancePath+"/days/" + i1+"/proposed/value",schemaPath:"#/$defs/dayFigures/properties/value/type",keyword:"type",params:{type: schema142.properties.value.type},message:"must be number,null",schema:schema142.properties.value.type,parentSchema:schema142.properties.value,data:data14};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 1000 || isNaN(data14)){
const err47 = {instancePath:instancePath+"/days/" + i1+"/proposed/value",schemaPath:"#/$defs/dayFigures/properties/value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema142.properties.value,data:data14};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data14 < -1000 || isNaN(data14)){
const err48 = {instancePath:instancePath+"/days/" + i1+"/proposed/value",schemaPath:"#/$defs/dayFigures/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000},message:"must be >= -1000",schema:-1000,parentSchema:schema142.properties.value,data:data14};
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
if(data11.windowValue !== undefined){
let data15 = data11.windowValue;
if((!((typeof data15 == "number") && (isFinite(data15)))) && (data15 !== null)){
const err49 = {instancePath:instancePath+"/days/" + i1+"/proposed/windowValue",schemaPath:"#/$defs/dayFigures/properties/windowValue/type",keyword:"type",params:{type: schema142.properties.windowValue.type},message:"must be number,null",schema:schema142.properties.windowValue.type,parentSchema:schema142.properties.windowValue,data:data15};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 > 1000 || isNaN(data15)){
const err50 = {instancePath:instancePath+"/days/" + i1+"/proposed/windowValue",schemaPath:"#/$defs/dayFigures/properties/windowValue/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema142.properties.windowValue,data:data15};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data15 < -1000 || isNaN(data15)){
const err51 = {instancePath:instancePath+"/days/" + i1+"/proposed/windowValue",schemaPath:"#/$defs/dayFigures/properties/windowValue/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1000},message:"must be >= -1000",schema:-1000,parentSchema:schema142.properties.windowValue,data:data15};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
}
else {
const err52 = {instancePath:instancePath+"/days/" + i1+"/proposed",schemaPath:"#/$defs/dayFigures/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema142.type,parentSchema:schema142,data:data11};
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
const err53 = {instancePath:instancePath+"/days/" + i1,schemaPath:"#/properties/days/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema139.properties.days.items.type,parentSchema:schema139.properties.days.items,data:data4};
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
const err54 = {instancePath:instancePath+"/days",schemaPath:"#/properties/days/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema139.properties.days.type,parentSchema:schema139.properties.days,data:data3};
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
const err55 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema139.type,parentSchema:schema139,data};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
validate80.errors = vErrors;
return errors === 0;
});
var validate74 = (function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate74.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.state === undefined){
const err0 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'",schema:schema129.oneOf[0].required,parentSchema:schema129.oneOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.now === undefined){
const err1 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "now"},message:"must have required property '"+"now"+"'",schema:schema129.oneOf[0].required,parentSchema:schema129.oneOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.store === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "store"},message:"must have required property '"+"store"+"'",schema:schema129.oneOf[0].required,parentSchema:schema129.oneOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.tickets === undefined){
const err3 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "tickets"},message:"must have required property '"+"tickets"+"'",schema:schema129.oneOf[0].required,parentSchema:schema129.oneOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.standards === undefined){
const err4 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "standards"},message:"must have required property '"+"standards"+"'",schema:schema129.oneOf[0].required,parentSchema:schema129.oneOf[0],data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.notes === undefined){
const err5 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "notes"},message:"must have required property '"+"notes"+"'",schema:schema129.oneOf[0].required,parentSchema:schema129.oneOf[0],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "state") || (key0 === "now")) || (key0 === "store")) || (key0 === "tickets")) || (key0 === "standards")) || (key0 === "notes")) || (key0 === "published"))){
const err6 = {instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema129.oneOf[0],data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.state !== undefined){
let data0 = data.state;
if("replayed" !== data0){
const err7 = {instancePath:instancePath+"/state",schemaPath:"#/oneOf/0/properties/state/const",keyword:"const",params:{allowedValue: "replayed"},message:"must be equal to constant",schema:"replayed",parentSchema:schema129.oneOf[0].properties.state,data:data0};
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
let data1 = data.now;
if(typeof data1 === "string"){
if(func1(data1) > 1000){
const err8 = {instancePath:instancePath+"/now",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data1};
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
const err9 = {instancePath:instancePath+"/now",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.store !== undefined){
let data2 = data.store;
if(typeof data2 === "string"){
if(func1(data2) > 1000){
const err10 = {instancePath:instancePath+"/store",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data2};
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
const err11 = {instancePath:instancePath+"/store",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.tickets !== undefined){
let data3 = data.tickets;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err12 = {instancePath:instancePath+"/tickets",schemaPath:"#/oneOf/0/properties/tickets/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema129.oneOf[0].properties.tickets.type,parentSchema:schema129.oneOf[0].properties.tickets,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 1000000000000 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/tickets",schemaPath:"#/oneOf/0/properties/tickets/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000000000000},message:"must be <= 1000000000000",schema:1000000000000,parentSchema:schema129.oneOf[0].properties.tickets,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3 < 0 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/tickets",schemaPath:"#/oneOf/0/properties/tickets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema129.oneOf[0].properties.tickets,data:data3};
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
if(data.standards !== undefined){
let data4 = data.standards;
if(Array.isArray(data4)){
if(data4.length > 5000){
const err15 = {instancePath:instancePath+"/standards",schemaPath:"#/oneOf/0/properties/standards/maxItems",keyword:"maxItems",params:{limit: 5000},message:"must NOT have more than 5000 items",schema:5000,parentSchema:schema129.oneOf[0].properties.standards,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
if(!(validate75(data4[i0], {instancePath:instancePath+"/standards/" + i0,parentData:data4,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/standards",schemaPath:"#/oneOf/0/properties/standards/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema129.oneOf[0].properties.standards.type,parentSchema:schema129.oneOf[0].properties.standards,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.notes !== undefined){
let data6 = data.notes;
if(Array.isArray(data6)){
if(data6.length > 100){
const err17 = {instancePath:instancePath+"/notes",schemaPath:"#/oneOf/0/properties/notes/maxItems",keyword:"maxItems",params:{limit: 100},message:"must NOT have more than 100 items",schema:100,parentSchema:schema129.oneOf[0].properties.notes,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(typeof data7 === "string"){
if(func1(data7) > 1000){
const err18 = {instancePath:instancePath+"/notes/" + i1,schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data7};
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
const err19 = {instancePath:instancePath+"/notes/" + i1,schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data7};
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
const err20 = {instancePath:instancePath+"/notes",schemaPath:"#/oneOf/0/properties/notes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema129.oneOf[0].properties.notes.type,parentSchema:schema129.oneOf[0].properties.notes,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.published !== undefined){
let data8 = data.published;
if(Array.isArray(data8)){
if(data8.length > 5000){
const err21 = {instancePath:instancePath+"/published",schemaPath:"#/oneOf/0/properties/published/maxItems",keyword:"maxItems",params:{limit: 5000},message:"must NOT have more than 5000 items",schema:5000,parentSchema:schema129.oneOf[0].properties.published,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
const len2 = data8.length;
for(let i2=0; i2<len2; i2++){
if(!(validate80(data8[i2], {instancePath:instancePath+"/published/" + i2,parentData:data8,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/published",schemaPath:"#/oneOf/0/properties/published/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema129.oneOf[0].properties.published.type,parentSchema:schema129.oneOf[0].properties.published,data:data8};
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
const err23 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema129.oneOf[0].type,parentSchema:schema129.oneOf[0],data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
var props0 = true;
}
const _errs24 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.state === undefined){
const err24 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "state"},message:"must have required property '"+"state"+"'",schema:schema129.oneOf[1].required,parentSchema:schema129.oneOf[1],data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data.reason === undefined){
const err25 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "reason"},message:"must have required property '"+"reason"+"'",schema:schema129.oneOf[1].required,parentSchema:schema129.oneOf[1],data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key1 in data){
if(!((key1 === "state") || (key1 === "reason"))){
const err26 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema129.oneOf[1],data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.state !== undefined){
let data10 = data.state;
if("skipped" !== data10){
const err27 = {instancePath:instancePath+"/state",schemaPath:"#/oneOf/1/properties/state/const",keyword:"const",params:{allowedValue: "skipped"},message:"must be equal to constant",schema:"skipped",parentSchema:schema129.oneOf[1].properties.state,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.reason !== undefined){
let data11 = data.reason;
if(typeof data11 === "string"){
if(func1(data11) > 1000){
const err28 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data11};
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
const err29 = {instancePath:instancePath+"/reason",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data11};
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
const err30 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema129.oneOf[1].type,parentSchema:schema129.oneOf[1],data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
var _valid0 = _errs24 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
}
if(!valid0){
const err31 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema129.oneOf,parentSchema:schema129,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate74.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
});
var validate83 = (function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate83.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.owners === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "owners"},message:"must have required property '"+"owners"+"'",schema:schema145.required,parentSchema:schema145,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.files === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'",schema:schema145.required,parentSchema:schema145,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "owners") || (key0 === "files"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema145,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.owners !== undefined){
let data0 = data.owners;
if(Array.isArray(data0)){
if(data0.length > 50){
const err3 = {instancePath:instancePath+"/owners",schemaPath:"#/properties/owners/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema145.properties.owners,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(func1(data1) > 1000){
const err4 = {instancePath:instancePath+"/owners/" + i0,schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data1};
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
const err5 = {instancePath:instancePath+"/owners/" + i0,schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/owners",schemaPath:"#/properties/owners/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema145.properties.owners.type,parentSchema:schema145.properties.owners,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.files !== undefined){
if(!(validate21(data.files, {instancePath:instancePath+"/files",parentData:data,parentDataProperty:"files",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema145.type,parentSchema:schema145,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate83.errors = vErrors;
return errors === 0;
});
var validate20 = (function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="review.schema.json" */;
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
if(data.baseRef === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "baseRef"},message:"must have required property '"+"baseRef"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.files === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "files"},message:"must have required property '"+"files"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.changes === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "changes"},message:"must have required property '"+"changes"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.affected === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "affected"},message:"must have required property '"+"affected"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.notes === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "notes"},message:"must have required property '"+"notes"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.replay === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replay"},message:"must have required property '"+"replay"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.approvals === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approvals"},message:"must have required property '"+"approvals"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "schemaVersion") || (key0 === "baseRef")) || (key0 === "files")) || (key0 === "changes")) || (key0 === "affected")) || (key0 === "notes")) || (key0 === "replay")) || (key0 === "approvals"))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.schemaVersion !== undefined){
let data0 = data.schemaVersion;
if(2 !== data0){
const err9 = {instancePath:instancePath+"/schemaVersion",schemaPath:"#/properties/schemaVersion/const",keyword:"const",params:{allowedValue: 2},message:"must be equal to constant",schema:2,parentSchema:schema31.properties.schemaVersion,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.baseRef !== undefined){
let data1 = data.baseRef;
if(typeof data1 === "string"){
if(func1(data1) > 1000){
const err10 = {instancePath:instancePath+"/baseRef",schemaPath:"#/$defs/text/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema32,data:data1};
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
const err11 = {instancePath:instancePath+"/baseRef",schemaPath:"#/$defs/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.files !== undefined){
if(!(validate21(data.files, {instancePath:instancePath+"/files",parentData:data,parentDataProperty:"files",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.changes !== undefined){
let data3 = data.changes;
if(Array.isArray(data3)){
if(data3.length > 5000){
const err12 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/maxItems",keyword:"maxItems",params:{limit: 5000},message:"must NOT have more than 5000 items",schema:5000,parentSchema:schema31.properties.changes,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
if(!(validate23(data3[i0], {instancePath:instancePath+"/changes/" + i0,parentData:data3,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/changes",schemaPath:"#/properties/changes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.changes.type,parentSchema:schema31.properties.changes,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.affected !== undefined){
let data5 = data.affected;
if(Array.isArray(data5)){
if(data5.length > 5000){
const err14 = {instancePath:instancePath+"/affected",schemaPath:"#/properties/affected/maxItems",keyword:"maxItems",params:{limit: 5000},message:"must NOT have more than 5000 items",schema:5000,parentSchema:schema31.properties.affected,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(!(validate70(data5[i1], {instancePath:instancePath+"/affected/" + i1,parentData:data5,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
errors = vErrors.length;
}
}
}
else {
const err15 = {instancePath:instancePath+"/affected",schemaPath:"#/properties/affected/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.affected.type,parentSchema:schema31.properties.affected,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.notes !== undefined){
let data7 = data.notes;
if(Array.isArray(data7)){
if(data7.length > 10000){
const err16 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/maxItems",keyword:"maxItems",params:{limit: 10000},message:"must NOT have more than 10000 items",schema:10000,parentSchema:schema31.properties.notes,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
if(!(validate72(data7[i2], {instancePath:instancePath+"/notes/" + i2,parentData:data7,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/notes",schemaPath:"#/properties/notes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.notes.type,parentSchema:schema31.properties.notes,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.replay !== undefined){
if(!(validate74(data.replay, {instancePath:instancePath+"/replay",parentData:data,parentDataProperty:"replay",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
errors = vErrors.length;
}
}
if(data.approvals !== undefined){
let data10 = data.approvals;
if(Array.isArray(data10)){
if(data10.length > 5000){
const err18 = {instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/maxItems",keyword:"maxItems",params:{limit: 5000},message:"must NOT have more than 5000 items",schema:5000,parentSchema:schema31.properties.approvals,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len3 = data10.length;
for(let i3=0; i3<len3; i3++){
if(!(validate83(data10[i3], {instancePath:instancePath+"/approvals/" + i3,parentData:data10,parentDataProperty:i3,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
}
}
else {
const err19 = {instancePath:instancePath+"/approvals",schemaPath:"#/properties/approvals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.approvals.type,parentSchema:schema31.properties.approvals,data:data10};
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
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
});
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"review.schema.json","title":"Pull-request review","description":"What a pull request changes, as data: the semantic diff, the notes a reviewer must judge, the what-if replay and the owners whose approval it needs. `standards review --format json` prints it; the pull request's Validate run uploads it as the `standards-review` artifact, and the trusted Review comment job validates it against this schema before rendering the comment itself. A pull request controls every value here, so every string and list has a size bound, and the renderer treats every string as text.","type":"object","additionalProperties":false,"required":["schemaVersion","baseRef","files","changes","affected","notes","replay","approvals"],"$defs":{"text":{"type":"string","maxLength":1000,"description":"A short text: an id, a label, a file name, a value in words."},"prose":{"type":["string","null"],"maxLength":100000,"description":"A field's value in words, prose included (a title, a rationale, a policy text); null when the side has none."},"file":{"type":"string","maxLength":500,"description":"A file path relative to the repository root, e.g. `standards/sops/handle-complaint.yaml`."},"fileList":{"type":"array","maxItems":5000,"items":{"$ref":"#/$defs/file"},"description":"File paths."},"textList":{"type":"array","maxItems":5000,"items":{"$ref":"#/$defs/text"},"description":"Short texts."},"setDiff":{"title":"ReviewSetDiff","type":"object","additionalProperties":false,"required":["added","removed"],"description":"What a list gained and lost.","properties":{"added":{"$ref":"#/$defs/textList","description":"Items only the proposed side has."},"removed":{"$ref":"#/$defs/textList","description":"Items only the base side has."}}},"wordDiff":{"title":"WordDiff","type":"array","maxItems":20000,"description":"A word-level diff: unchanged, added and removed runs in order.","items":{"title":"WordDiffPart","type":"object","additionalProperties":false,"required":["text","change"],"properties":{"text":{"type":"string","maxLength":100000,"description":"The run's text."},"change":{"enum":["same","added","removed"],"description":"Whether the run is in both sides, only the proposed side or only the base side."}}}},"fieldChange":{"title":"FieldChange","type":"object","additionalProperties":false,"required":["field","label","before","after","words","hunks"],"description":"One field of a document, before → after, both in the words a reviewer reads (`1h`, `95%`, `urgent; email, web`).","properties":{"field":{"$ref":"#/$defs/text","description":"The field's name in the document, e.g. `threshold`."},"label":{"$ref":"#/$defs/text","description":"Plain-words label, e.g. `minimum sample`."},"before":{"$ref":"#/$defs/prose","description":"The base side's value; null when it has none."},"after":{"$ref":"#/$defs/prose","description":"The proposed side's value; null when it has none."},"words":{"anyOf":[{"$ref":"#/$defs/wordDiff"},{"type":"null"}],"description":"Word-level diff for a one-paragraph prose field (a title, a rationale); null for other fields."},"hunks":{"anyOf":[{"$ref":"#/$defs/hunks"},{"type":"null"}],"description":"For prose of several paragraphs (a policy's text): the changed paragraphs with one paragraph of context each; null otherwise."}}},"hunks":{"type":"array","maxItems":1000,"description":"The changed paragraphs of a text, in hunks like a diff's.","items":{"title":"ProseHunk","type":"object","additionalProperties":false,"required":["start","paragraphs"],"properties":{"start":{"type":"integer","minimum":1,"maximum":100000,"description":"Number of the hunk's first paragraph on the proposed side, from 1."},"paragraphs":{"type":"array","maxItems":1000,"description":"Context, changed, added and removed paragraphs in order.","items":{"title":"HunkParagraph","type":"object","additionalProperties":false,"required":["change","words"],"properties":{"change":{"enum":["same","changed","added","removed"],"description":"same (context), changed (reworded: see words), added or removed."},"words":{"$ref":"#/$defs/wordDiff","description":"The paragraph as a word diff (one run when same, added or removed)."}}}}}}},"clock":{"enum":["24/7","business"],"description":"How a time is counted: every hour (24/7) or business hours only."},"keptStep":{"title":"KeptStep","type":"object","additionalProperties":false,"required":["sop","file","step","title","position","within","clock","standard","threshold","standardClock","calendar","fits","problem"],"description":"An SOP step that keeps a standard (`keeps: { standard }`), and whether it fits it.","properties":{"sop":{"$ref":"#/$defs/text","description":"The SOP's id."},"file":{"$ref":"#/$defs/file","description":"The SOP's file."},"step":{"$ref":"#/$defs/text","description":"The step's id."},"title":{"$ref":"#/$defs/text","description":"The step's title."},"position":{"type":"integer","minimum":1,"maximum":100000,"description":"The step's position, from 1."},"within":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"The step's timeline as written; null without one."},"clock":{"$ref":"#/$defs/clock","description":"The step's clock."},"standard":{"$ref":"#/$defs/text","description":"The id of the standard it keeps."},"threshold":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"The standard's threshold, e.g. `1h`; null when it has none or does not exist."},"standardClock":{"$ref":"#/$defs/clock","description":"The standard's clock: business hours when it has a calendar."},"calendar":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"The standard's calendar; null when 24/7."},"fits":{"type":"boolean","description":"Whether the step keeps the standard (what `validate` checks)."},"problem":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"Why not, in a few words; null when it fits."}}},"keptSteps":{"type":"array","maxItems":5000,"items":{"$ref":"#/$defs/keptStep"},"description":"Steps that keep a standard."},"changeKind":{"enum":["added","removed","changed","renamed"],"description":"added, removed, changed, or renamed (moved or given a new id)."},"fields":{"type":"array","maxItems":500,"items":{"$ref":"#/$defs/fieldChange"},"description":"The fields that differ, in the order a reviewer reads them."},"standardChange":{"title":"StandardChange","type":"object","additionalProperties":false,"required":["kind","id","change","file","previousFile","previousId","title","fields","affectedBy","keptBy"],"description":"A Standard added, removed or changed.","properties":{"kind":{"const":"Standard","description":"Always `Standard`."},"id":{"$ref":"#/$defs/text","description":"The document's id (the proposed side's when renamed)."},"change":{"$ref":"#/$defs/changeKind","description":"What happened to the document."},"file":{"$ref":"#/$defs/file","description":"File on the proposed side (the base side's file when removed)."},"previousFile":{"anyOf":[{"$ref":"#/$defs/file"},{"type":"null"}],"description":"The base side's file when renamed; null otherwise."},"previousId":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"The base side's id when the rename changed it; null otherwise."},"title":{"$ref":"#/$defs/text","description":"The document's title."},"fields":{"$ref":"#/$defs/fields","description":"The fields that differ."},"affectedBy":{"type":"array","maxItems":50,"items":{"$ref":"#/$defs/text"},"description":"What else this pull request changes that the standard depends on, e.g. `calendar emea-business-hours changed`."},"keptBy":{"$ref":"#/$defs/keptSteps","description":"The SOP steps that keep this standard on the proposed side, and whether they still fit it."}}},"sopStepChange":{"title":"SopStepChange","description":"One step added, removed, moved or changed.","oneOf":[{"title":"SopStepAdded","type":"object","additionalProperties":false,"required":["kind","step","title","position","within","role","keeps"],"properties":{"kind":{"const":"step-added","description":"A step only the proposed side has."},"step":{"$ref":"#/$defs/text","description":"The step's id."},"title":{"$ref":"#/$defs/text","description":"The step's title."},"position":{"type":"integer","minimum":1,"maximum":100000,"description":"Its position, from 1."},"within":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"Its timeline as written, e.g. `4h`; null without one."},"role":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"Who carries it out; null when not said."},"keeps":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"The standard it keeps; null when none."}}},{"title":"SopStepRemoved","type":"object","additionalProperties":false,"required":["kind","step","title","position"],"properties":{"kind":{"const":"step-removed","description":"A step only the base side has."},"step":{"$ref":"#/$defs/text","description":"The step's id."},"title":{"$ref":"#/$defs/text","description":"The step's title."},"position":{"type":"integer","minimum":1,"maximum":100000,"description":"Its position on the base side, from 1."}}},{"title":"SopStepMoved","type":"object","additionalProperties":false,"required":["kind","step","title","from","to"],"properties":{"kind":{"const":"step-moved","description":"A step both sides have, in another place among the steps they share."},"step":{"$ref":"#/$defs/text","description":"The step's id."},"title":{"$ref":"#/$defs/text","description":"The step's title."},"from":{"type":"integer","minimum":1,"maximum":100000,"description":"Position on the base side."},"to":{"type":"integer","minimum":1,"maximum":100000,"description":"Position on the proposed side."}}},{"title":"SopStepFieldChanged","type":"object","additionalProperties":false,"required":["kind","step","title","field","before","after","words","hunks"],"properties":{"kind":{"const":"step-changed","description":"One field of a step both sides have."},"step":{"$ref":"#/$defs/text","description":"The step's id."},"title":{"$ref":"#/$defs/text","description":"The step's title on the proposed side."},"field":{"enum":["title","instructions","within","clock","keeps","role"],"description":"Which field changed (`keeps`: the standard it keeps)."},"before":{"$ref":"#/$defs/prose","description":"The base side's value; null when it had none."},"after":{"$ref":"#/$defs/prose","description":"The proposed side's value; null when it has none."},"words":{"anyOf":[{"$ref":"#/$defs/wordDiff"},{"type":"null"}],"description":"Word-level diff of a reworded title or one-paragraph instructions; null otherwise."},"hunks":{"anyOf":[{"$ref":"#/$defs/hunks"},{"type":"null"}],"description":"Changed paragraphs of instructions of several paragraphs; null otherwise."}}}]},"sopChange":{"title":"SopChange","type":"object","additionalProperties":false,"required":["kind","id","change","file","previousFile","previousId","title","fields","version","changelog","steps","keeps"],"description":"An SOP added, removed or changed.","properties":{"kind":{"const":"SOP","description":"Always `SOP`."},"id":{"$ref":"#/$defs/text","description":"The document's id (the proposed side's when renamed)."},"change":{"$ref":"#/$defs/changeKind","description":"What happened to the document."},"file":{"$ref":"#/$defs/file","description":"File on the proposed side (the base side's file when removed)."},"previousFile":{"anyOf":[{"$ref":"#/$defs/file"},{"type":"null"}],"description":"The base side's file when renamed; null otherwise."},"previousId":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"The base side's id when the rename changed it; null otherwise."},"title":{"$ref":"#/$defs/text","description":"The document's title."},"fields":{"$ref":"#/$defs/fields","description":"The fields that differ (steps apart)."},"version":{"type":"object","additionalProperties":false,"required":["before","after"],"description":"The SOP's version on each side.","properties":{"before":{"type":["integer","null"],"minimum":0,"maximum":1000000000,"description":"Base side's version; null when the SOP is new or invalid there."},"after":{"type":["integer","null"],"minimum":0,"maximum":1000000000,"description":"Proposed side's version; null when removed or invalid."}}},"changelog":{"type":"array","maxItems":1000,"description":"The changelog entries the proposed side adds on top of the base's.","items":{"title":"SopChangelogEntry","type":"object","additionalProperties":false,"required":["version","date","summary"],"properties":{"version":{"type":"integer","minimum":0,"maximum":1000000000,"description":"The version the entry describes."},"date":{"$ref":"#/$defs/text","description":"Its date, YYYY-MM-DD."},"summary":{"$ref":"#/$defs/text","description":"What changed and why."}}}},"steps":{"type":"array","maxItems":5000,"items":{"$ref":"#/$defs/sopStepChange"},"description":"Steps added, removed, moved or changed (empty for an added SOP)."},"keeps":{"$ref":"#/$defs/keptSteps","description":"The SOP's steps that keep a standard (proposed side), and whether each fits it."}}},"policyChange":{"title":"PolicyChange","type":"object","additionalProperties":false,"required":["kind","id","change","file","previousFile","previousId","title","fields","links"],"description":"A Policy added, removed or changed.","properties":{"kind":{"const":"Policy","description":"Always `Policy`."},"id":{"$ref":"#/$defs/text","description":"The document's id (the proposed side's when renamed)."},"change":{"$ref":"#/$defs/changeKind","description":"What happened to the document."},"file":{"$ref":"#/$defs/file","description":"File on the proposed side (the base side's file when removed)."},"previousFile":{"anyOf":[{"$ref":"#/$defs/file"},{"type":"null"}],"description":"The base side's file when renamed; null otherwise."},"previousId":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"The base side's id when the rename changed it; null otherwise."},"title":{"$ref":"#/$defs/text","description":"The document's title."},"fields":{"$ref":"#/$defs/fields","description":"The fields that differ."},"links":{"$ref":"#/$defs/setDiff","description":"Standards and SOPs the policy links to, added and removed (`Standard csat`)."}}},"teamChange":{"title":"TeamChange","type":"object","additionalProperties":false,"required":["kind","id","change","file","previousFile","previousId","title","fields","members","leads","ownership"],"description":"A Team added, removed or changed.","properties":{"kind":{"const":"Team","description":"Always `Team`."},"id":{"$ref":"#/$defs/text","description":"The document's id (the proposed side's when renamed)."},"change":{"$ref":"#/$defs/changeKind","description":"What happened to the document."},"file":{"$ref":"#/$defs/file","description":"File on the proposed side (the base side's file when removed)."},"previousFile":{"anyOf":[{"$ref":"#/$defs/file"},{"type":"null"}],"description":"The base side's file when renamed; null otherwise."},"previousId":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"The base side's id when the rename changed it; null otherwise."},"title":{"$ref":"#/$defs/text","description":"The team's name."},"fields":{"$ref":"#/$defs/fields","description":"The fields that differ."},"members":{"$ref":"#/$defs/setDiff","description":"GitHub handles of members added and removed."},"leads":{"$ref":"#/$defs/setDiff","description":"GitHub handles of leads added and removed."},"ownership":{"type":"object","additionalProperties":false,"required":["gained","lost"],"description":"Documents whose owner moved to or from this team.","properties":{"gained":{"$ref":"#/$defs/textList","description":"Documents the team now owns (`Standard csat`)."},"lost":{"$ref":"#/$defs/textList","description":"Documents the team no longer owns."}}}}},"calendarChange":{"title":"CalendarChange","type":"object","additionalProperties":false,"required":["kind","id","change","file","previousFile","previousId","title","fields","hours","holidays","standards"],"description":"A Calendar added, removed or changed.","properties":{"kind":{"const":"Calendar","description":"Always `Calendar`."},"id":{"$ref":"#/$defs/text","description":"The document's id (the proposed side's when renamed)."},"change":{"$ref":"#/$defs/changeKind","description":"What happened to the document."},"file":{"$ref":"#/$defs/file","description":"File on the proposed side (the base side's file when removed)."},"previousFile":{"anyOf":[{"$ref":"#/$defs/file"},{"type":"null"}],"description":"The base side's file when renamed; null otherwise."},"previousId":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"The base side's id when the rename changed it; null otherwise."},"title":{"$ref":"#/$defs/text","description":"The calendar's name."},"fields":{"$ref":"#/$defs/fields","description":"The fields that differ."},"hours":{"$ref":"#/$defs/textList","description":"Weekly hours that changed, e.g. `monday: 08:00-18:00 → 09:00-17:00`."},"holidays":{"type":"object","additionalProperties":false,"required":["added","removed","changed"],"description":"Holidays added, removed and changed, e.g. `2026-12-26 St Stephen's Day`.","properties":{"added":{"$ref":"#/$defs/textList","description":"Holidays only the proposed side has."},"removed":{"$ref":"#/$defs/textList","description":"Holidays only the base side has."},"changed":{"$ref":"#/$defs/textList","description":"Holidays on the same date, changed (`before → after`)."}}},"standards":{"$ref":"#/$defs/textList","description":"Ids of the standards measured on this calendar, on either side."}}},"otherChange":{"title":"OtherChange","type":"object","additionalProperties":false,"required":["kind","id","change","file","previousFile","previousId","title","fields"],"description":"A Scorecard or the Pipeline added, removed or changed.","properties":{"kind":{"enum":["Scorecard","Pipeline"],"description":"`Scorecard` or `Pipeline`."},"id":{"$ref":"#/$defs/text","description":"The document's id (the proposed side's when renamed)."},"change":{"$ref":"#/$defs/changeKind","description":"What happened to the document."},"file":{"$ref":"#/$defs/file","description":"File on the proposed side (the base side's file when removed)."},"previousFile":{"anyOf":[{"$ref":"#/$defs/file"},{"type":"null"}],"description":"The base side's file when renamed; null otherwise."},"previousId":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"The base side's id when the rename changed it; null otherwise."},"title":{"$ref":"#/$defs/text","description":"The document's title."},"fields":{"$ref":"#/$defs/fields","description":"The fields that differ."}}},"documentChange":{"title":"DocumentChange","description":"One document that differs between the base and the proposed side.","oneOf":[{"$ref":"#/$defs/standardChange"},{"$ref":"#/$defs/sopChange"},{"$ref":"#/$defs/policyChange"},{"$ref":"#/$defs/teamChange"},{"$ref":"#/$defs/calendarChange"},{"$ref":"#/$defs/otherChange"}]},"note":{"title":"ReviewNote","type":"object","additionalProperties":false,"required":["severity","file","subject","message","rule"],"description":"Something the reviewer should look at twice, attached to a document.","properties":{"severity":{"enum":["warning","error"],"description":"error: the pull request cannot merge as it is; warning: a person should judge it."},"file":{"$ref":"#/$defs/file","description":"The document's file."},"subject":{"$ref":"#/$defs/text","description":"The document's kind and id, e.g. `Standard first-response-urgent`."},"message":{"type":"string","maxLength":5000,"description":"What is wrong and what would be right."},"rule":{"enum":["prose-numbers","step-promise","sop-version","changelog","dangling-reference","invalid-document","published-history"],"description":"The check that made the note (`published-history`: the change alters figures already published)."}}},"status":{"enum":["met","at-risk","breached","no-data"],"description":"met, at-risk, breached or no-data."},"replaySide":{"title":"ReplaySide","type":"object","additionalProperties":false,"required":["status","value","valueText","goalText","count","inFlight","budgetRemaining","daysOutOfGoal","statement"],"description":"One side of a replayed standard: how the standard as that side defines it fares on the stored tickets.","properties":{"status":{"$ref":"#/$defs/status","description":"The standard's status."},"value":{"type":["number","null"],"minimum":-1000,"maximum":1000,"description":"Attainment or metric value (fraction for rates and attainment, score for NPS); null without data."},"valueText":{"$ref":"#/$defs/text","description":"The value in words, e.g. `80%`."},"goalText":{"$ref":"#/$defs/text","description":"The goal in words, e.g. `70% within 1h`."},"count":{"type":"integer","minimum":0,"maximum":1000000000000,"description":"Measurements in the headline window (tickets, replies or ratings, by metric)."},"inFlight":{"type":"integer","minimum":0,"maximum":1000000000000,"description":"Measurements still pending."},"budgetRemaining":{"type":["number","null"],"minimum":-1000000000,"maximum":1,"description":"Share of the error budget left (negative: overspent); null without data."},"daysOutOfGoal":{"type":"integer","minimum":0,"maximum":100000,"description":"Days of the series whose window value misses the goal."},"statement":{"type":"string","maxLength":5000,"description":"The status in one sentence."}}},"replayedStandard":{"title":"ReplayedStandard","type":"object","additionalProperties":false,"required":["id","change","base","proposed","series"],"description":"A standard evaluated as the base defines it and as the pull request defines it.","properties":{"id":{"$ref":"#/$defs/text","description":"The standard's id on the proposed side."},"change":{"enum":["added","changed","affected"],"description":"added, changed (its own numbers or scope), or affected (something it depends on changed)."},"base":{"anyOf":[{"$ref":"#/$defs/replaySide"},{"type":"null"}],"description":"The base side; null when the standard is new."},"proposed":{"$ref":"#/$defs/replaySide","description":"The proposed side."},"series":{"type":"array","maxItems":3700,"description":"One row per day of the series: the window value as of that day, both sides (null: no data).","items":{"title":"ReplaySeriesDay","type":"object","additionalProperties":false,"required":["date","base","proposed"],"properties":{"date":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"The day the window ends, YYYY-MM-DD."},"base":{"type":["number","null"],"minimum":-1000,"maximum":1000,"description":"The base side's window value; null without data."},"proposed":{"type":["number","null"],"minimum":-1000,"maximum":1000,"description":"The proposed side's window value; null without data."}}}}}},"dayFigures":{"title":"PublishedDayFigures","type":"object","additionalProperties":false,"required":["count","met","value","windowValue"],"description":"One day's figures as the report publishes them.","properties":{"count":{"type":"integer","minimum":0,"maximum":1000000000000,"description":"Measurements that completed that day."},"met":{"type":"integer","minimum":0,"maximum":1000000000000,"description":"Of which met the goal."},"value":{"type":["number","null"],"minimum":-1000,"maximum":1000,"description":"The day's own value; null without data."},"windowValue":{"type":["number","null"],"minimum":-1000,"maximum":1000,"description":"The value of the window ending that day (the trend's point); null without data."}}},"publishedChange":{"title":"PublishedChange","type":"object","additionalProperties":false,"required":["id","reasons","days"],"description":"A standard whose figures already published change once the pull request is merged: its calendar changes from a past date (`appliesFrom`) or an exclusion period before now is added, removed or changed.","properties":{"id":{"$ref":"#/$defs/text","description":"The standard's id."},"reasons":{"type":"array","maxItems":50,"items":{"$ref":"#/$defs/text"},"description":"What reaches back, e.g. `calendar dublin-office changes from 2026-11-16 (appliesFrom)`, `exclusion outage added`."},"days":{"type":"array","maxItems":3700,"description":"The published days (before today) whose figures change, oldest first; empty when no stored ticket is affected.","items":{"title":"PublishedDayChange","description":"A published day: `base` as published, `proposed` as the nightly job will compute it once the pull request is merged.","type":"object","additionalProperties":false,"required":["date","base","proposed"],"properties":{"date":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"The day, YYYY-MM-DD, in the standard's time zone."},"base":{"$ref":"#/$defs/dayFigures"},"proposed":{"$ref":"#/$defs/dayFigures"}}}}}},"replay":{"title":"Replay","description":"The what-if replay on the stored tickets, or why there is none.","oneOf":[{"title":"ReplayDone","type":"object","additionalProperties":false,"required":["state","now","store","tickets","standards","notes"],"properties":{"state":{"const":"replayed","description":"The standards were replayed."},"now":{"$ref":"#/$defs/text","description":"The instant both sides were evaluated at (ISO 8601)."},"store":{"$ref":"#/$defs/text","description":"Where the tickets came from, e.g. `the standards-data branch`."},"tickets":{"type":"integer","minimum":0,"maximum":1000000000000,"description":"Tickets read."},"standards":{"type":"array","maxItems":5000,"items":{"$ref":"#/$defs/replayedStandard"},"description":"The replayed standards."},"notes":{"type":"array","maxItems":100,"items":{"$ref":"#/$defs/text"},"description":"How the replay was made (settings that differ between the sides)."},"published":{"type":"array","maxItems":5000,"items":{"$ref":"#/$defs/publishedChange"},"description":"Standards whose published figures the pull request changes, with the days and figures. Absent in reviews written before it existed."}}},{"title":"ReplaySkipped","type":"object","additionalProperties":false,"required":["state","reason"],"properties":{"state":{"const":"skipped","description":"Nothing was replayed."},"reason":{"$ref":"#/$defs/text","description":"Why."}}}]},"approval":{"title":"ApprovalOwners","type":"object","additionalProperties":false,"required":["owners","files"],"description":"Changed files that one CODEOWNERS rule owns: an approval from any one of its owners is enough for them.","properties":{"owners":{"type":"array","maxItems":50,"items":{"$ref":"#/$defs/text"},"description":"The rule's owners (`@org/team`, `@handle`), sorted."},"files":{"$ref":"#/$defs/fileList","description":"The changed files they own."}}},"affectedStandard":{"title":"AffectedStandard","type":"object","additionalProperties":false,"required":["id","file","title","reasons"],"description":"A standard whose file did not change but that is measured differently, because something it depends on did.","properties":{"id":{"$ref":"#/$defs/text","description":"The standard's id."},"file":{"$ref":"#/$defs/file","description":"Its file (unchanged)."},"title":{"$ref":"#/$defs/text","description":"Its title."},"reasons":{"type":"array","maxItems":50,"items":{"$ref":"#/$defs/text"},"description":"What changed, e.g. `calendar dublin-office changed`."}}}},"properties":{"schemaVersion":{"const":2,"description":"Review format version: 2 since the comment is rendered from this data by the trusted job."},"baseRef":{"$ref":"#/$defs/text","description":"The ref the pull request merges into, as given to `--base`."},"files":{"$ref":"#/$defs/fileList","description":"Files under standards/ that differ, sorted."},"changes":{"type":"array","maxItems":5000,"items":{"$ref":"#/$defs/documentChange"},"description":"Every document whose file changed in meaning."},"affected":{"type":"array","maxItems":5000,"items":{"$ref":"#/$defs/affectedStandard"},"description":"Standards whose files did not change, measured differently because of this pull request (a calendar, a scorecard, exclusions, evaluation settings)."},"notes":{"type":"array","maxItems":10000,"items":{"$ref":"#/$defs/note"},"description":"What the reviewer should check."},"replay":{"$ref":"#/$defs/replay","description":"The what-if replay."},"approvals":{"type":"array","maxItems":5000,"items":{"$ref":"#/$defs/approval"},"description":"Whose approval GitHub will require, from CODEOWNERS: for each group of files, one of its owners."}}};
const schema32 = {"type":"string","maxLength":1000,"description":"A short text: an id, a label, a file name, a value in words."};
const func1 = require("ajv/dist/runtime/ucs2length").default;
const schema33 = {"type":"array","maxItems":5000,"items":{"$ref":"#/$defs/file"},"description":"File paths."};
const schema34 = {"type":"string","maxLength":500,"description":"A file path relative to the repository root, e.g. `standards/sops/handle-complaint.yaml`."};

validate21.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema35 = {"title":"DocumentChange","description":"One document that differs between the base and the proposed side.","oneOf":[{"$ref":"#/$defs/standardChange"},{"$ref":"#/$defs/sopChange"},{"$ref":"#/$defs/policyChange"},{"$ref":"#/$defs/teamChange"},{"$ref":"#/$defs/calendarChange"},{"$ref":"#/$defs/otherChange"}]};
const schema36 = {"title":"StandardChange","type":"object","additionalProperties":false,"required":["kind","id","change","file","previousFile","previousId","title","fields","affectedBy","keptBy"],"description":"A Standard added, removed or changed.","properties":{"kind":{"const":"Standard","description":"Always `Standard`."},"id":{"$ref":"#/$defs/text","description":"The document's id (the proposed side's when renamed)."},"change":{"$ref":"#/$defs/changeKind","description":"What happened to the document."},"file":{"$ref":"#/$defs/file","description":"File on the proposed side (the base side's file when removed)."},"previousFile":{"anyOf":[{"$ref":"#/$defs/file"},{"type":"null"}],"description":"The base side's file when renamed; null otherwise."},"previousId":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"The base side's id when the rename changed it; null otherwise."},"title":{"$ref":"#/$defs/text","description":"The document's title."},"fields":{"$ref":"#/$defs/fields","description":"The fields that differ."},"affectedBy":{"type":"array","maxItems":50,"items":{"$ref":"#/$defs/text"},"description":"What else this pull request changes that the standard depends on, e.g. `calendar emea-business-hours changed`."},"keptBy":{"$ref":"#/$defs/keptSteps","description":"The SOP steps that keep this standard on the proposed side, and whether they still fit it."}}};
const schema38 = {"enum":["added","removed","changed","renamed"],"description":"added, removed, changed, or renamed (moved or given a new id)."};
const func3 = Object.prototype.hasOwnProperty;
const schema43 = {"type":"array","maxItems":500,"items":{"$ref":"#/$defs/fieldChange"},"description":"The fields that differ, in the order a reviewer reads them."};
const schema44 = {"title":"FieldChange","type":"object","additionalProperties":false,"required":["field","label","before","after","words","hunks"],"description":"One field of a document, before → after, both in the words a reviewer reads (`1h`, `95%`, `urgent; email, web`).","properties":{"field":{"$ref":"#/$defs/text","description":"The field's name in the document, e.g. `threshold`."},"label":{"$ref":"#/$defs/text","description":"Plain-words label, e.g. `minimum sample`."},"before":{"$ref":"#/$defs/prose","description":"The base side's value; null when it has none."},"after":{"$ref":"#/$defs/prose","description":"The proposed side's value; null when it has none."},"words":{"anyOf":[{"$ref":"#/$defs/wordDiff"},{"type":"null"}],"description":"Word-level diff for a one-paragraph prose field (a title, a rationale); null for other fields."},"hunks":{"anyOf":[{"$ref":"#/$defs/hunks"},{"type":"null"}],"description":"For prose of several paragraphs (a policy's text): the changed paragraphs with one paragraph of context each; null otherwise."}}};
const schema47 = {"type":["string","null"],"maxLength":100000,"description":"A field's value in words, prose included (a title, a rationale, a policy text); null when the side has none."};
const schema49 = {"title":"WordDiff","type":"array","maxItems":20000,"description":"A word-level diff: unchanged, added and removed runs in order.","items":{"title":"WordDiffPart","type":"object","additionalProperties":false,"required":["text","change"],"properties":{"text":{"type":"string","maxLength":100000,"description":"The run's text."},"change":{"enum":["same","added","removed"],"description":"Whether the run is in both sides, only the proposed side or only the base side."}}}};
const schema50 = {"type":"array","maxItems":1000,"description":"The changed paragraphs of a text, in hunks like a diff's.","items":{"title":"ProseHunk","type":"object","additionalProperties":false,"required":["start","paragraphs"],"properties":{"start":{"type":"integer","minimum":1,"maximum":100000,"description":"Number of the hunk's first paragraph on the proposed side, from 1."},"paragraphs":{"type":"array","maxItems":1000,"description":"Context, changed, added and removed paragraphs in order.","items":{"title":"HunkParagraph","type":"object","additionalProperties":false,"required":["change","words"],"properties":{"change":{"enum":["same","changed","added","removed"],"description":"same (context), changed (reworded: see words), added or removed."},"words":{"$ref":"#/$defs/wordDiff","description":"The paragraph as a word diff (one run when same, added or removed)."}}}}}}};

validate27.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


validate25.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema53 = {"type":"array","maxItems":5000,"items":{"$ref":"#/$defs/keptStep"},"description":"Steps that keep a standard."};
const schema54 = {"title":"KeptStep","type":"object","additionalProperties":false,"required":["sop","file","step","title","position","within","clock","standard","threshold","standardClock","calendar","fits","problem"],"description":"An SOP step that keeps a standard (`keeps: { standard }`), and whether it fits it.","properties":{"sop":{"$ref":"#/$defs/text","description":"The SOP's id."},"file":{"$ref":"#/$defs/file","description":"The SOP's file."},"step":{"$ref":"#/$defs/text","description":"The step's id."},"title":{"$ref":"#/$defs/text","description":"The step's title."},"position":{"type":"integer","minimum":1,"maximum":100000,"description":"The step's position, from 1."},"within":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"The step's timeline as written; null without one."},"clock":{"$ref":"#/$defs/clock","description":"The step's clock."},"standard":{"$ref":"#/$defs/text","description":"The id of the standard it keeps."},"threshold":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"The standard's threshold, e.g. `1h`; null when it has none or does not exist."},"standardClock":{"$ref":"#/$defs/clock","description":"The standard's clock: business hours when it has a calendar."},"calendar":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"The standard's calendar; null when 24/7."},"fits":{"type":"boolean","description":"Whether the step keeps the standard (what `validate` checks)."},"problem":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"Why not, in a few words; null when it fits."}}};
const schema60 = {"enum":["24/7","business"],"description":"How a time is counted: every hour (24/7) or business hours only."};

validate32.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


validate31.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema66 = {"title":"SopChange","type":"object","additionalProperties":false,"required":["kind","id","change","file","previousFile","previousId","title","fields","version","changelog","steps","keeps"],"description":"An SOP added, removed or changed.","properties":{"kind":{"const":"SOP","description":"Always `SOP`."},"id":{"$ref":"#/$defs/text","description":"The document's id (the proposed side's when renamed)."},"change":{"$ref":"#/$defs/changeKind","description":"What happened to the document."},"file":{"$ref":"#/$defs/file","description":"File on the proposed side (the base side's file when removed)."},"previousFile":{"anyOf":[{"$ref":"#/$defs/file"},{"type":"null"}],"description":"The base side's file when renamed; null otherwise."},"previousId":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"The base side's id when the rename changed it; null otherwise."},"title":{"$ref":"#/$defs/text","description":"The document's title."},"fields":{"$ref":"#/$defs/fields","description":"The fields that differ (steps apart)."},"version":{"type":"object","additionalProperties":false,"required":["before","after"],"description":"The SOP's version on each side.","properties":{"before":{"type":["integer","null"],"minimum":0,"maximum":1000000000,"description":"Base side's version; null when the SOP is new or invalid there."},"after":{"type":["integer","null"],"minimum":0,"maximum":1000000000,"description":"Proposed side's version; null when removed or invalid."}}},"changelog":{"type":"array","maxItems":1000,"description":"The changelog entries the proposed side adds on top of the base's.","items":{"title":"SopChangelogEntry","type":"object","additionalProperties":false,"required":["version","date","summary"],"properties":{"version":{"type":"integer","minimum":0,"maximum":1000000000,"description":"The version the entry describes."},"date":{"$ref":"#/$defs/text","description":"Its date, YYYY-MM-DD."},"summary":{"$ref":"#/$defs/text","description":"What changed and why."}}}},"steps":{"type":"array","maxItems":5000,"items":{"$ref":"#/$defs/sopStepChange"},"description":"Steps added, removed, moved or changed (empty for an added SOP)."},"keeps":{"$ref":"#/$defs/keptSteps","description":"The SOP's steps that keep a standard (proposed side), and whether each fits it."}}};
const schema75 = {"title":"SopStepChange","description":"One step added, removed, moved or changed.","oneOf":[{"title":"SopStepAdded","type":"object","additionalProperties":false,"required":["kind","step","title","position","within","role","keeps"],"properties":{"kind":{"const":"step-added","description":"A step only the proposed side has."},"step":{"$ref":"#/$defs/text","description":"The step's id."},"title":{"$ref":"#/$defs/text","description":"The step's title."},"position":{"type":"integer","minimum":1,"maximum":100000,"description":"Its position, from 1."},"within":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"Its timeline as written, e.g. `4h`; null without one."},"role":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"Who carries it out; null when not said."},"keeps":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"The standard it keeps; null when none."}}},{"title":"SopStepRemoved","type":"object","additionalProperties":false,"required":["kind","step","title","position"],"properties":{"kind":{"const":"step-removed","description":"A step only the base side has."},"step":{"$ref":"#/$defs/text","description":"The step's id."},"title":{"$ref":"#/$defs/text","description":"The step's title."},"position":{"type":"integer","minimum":1,"maximum":100000,"description":"Its position on the base side, from 1."}}},{"title":"SopStepMoved","type":"object","additionalProperties":false,"required":["kind","step","title","from","to"],"properties":{"kind":{"const":"step-moved","description":"A step both sides have, in another place among the steps they share."},"step":{"$ref":"#/$defs/text","description":"The step's id."},"title":{"$ref":"#/$defs/text","description":"The step's title."},"from":{"type":"integer","minimum":1,"maximum":100000,"description":"Position on the base side."},"to":{"type":"integer","minimum":1,"maximum":100000,"description":"Position on the proposed side."}}},{"title":"SopStepFieldChanged","type":"object","additionalProperties":false,"required":["kind","step","title","field","before","after","words","hunks"],"properties":{"kind":{"const":"step-changed","description":"One field of a step both sides have."},"step":{"$ref":"#/$defs/text","description":"The step's id."},"title":{"$ref":"#/$defs/text","description":"The step's title on the proposed side."},"field":{"enum":["title","instructions","within","clock","keeps","role"],"description":"Which field changed (`keeps`: the standard it keeps)."},"before":{"$ref":"#/$defs/prose","description":"The base side's value; null when it had none."},"after":{"$ref":"#/$defs/prose","description":"The proposed side's value; null when it has none."},"words":{"anyOf":[{"$ref":"#/$defs/wordDiff"},{"type":"null"}],"description":"Word-level diff of a reworded title or one-paragraph instructions; null otherwise."},"hunks":{"anyOf":[{"$ref":"#/$defs/hunks"},{"type":"null"}],"description":"Changed paragraphs of instructions of several paragraphs; null otherwise."}}}]};

validate38.evaluated = {"dynamicProps":true,"dynamicItems":false};


validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema90 = {"title":"PolicyChange","type":"object","additionalProperties":false,"required":["kind","id","change","file","previousFile","previousId","title","fields","links"],"description":"A Policy added, removed or changed.","properties":{"kind":{"const":"Policy","description":"Always `Policy`."},"id":{"$ref":"#/$defs/text","description":"The document's id (the proposed side's when renamed)."},"change":{"$ref":"#/$defs/changeKind","description":"What happened to the document."},"file":{"$ref":"#/$defs/file","description":"File on the proposed side (the base side's file when removed)."},"previousFile":{"anyOf":[{"$ref":"#/$defs/file"},{"type":"null"}],"description":"The base side's file when renamed; null otherwise."},"previousId":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"The base side's id when the rename changed it; null otherwise."},"title":{"$ref":"#/$defs/text","description":"The document's title."},"fields":{"$ref":"#/$defs/fields","description":"The fields that differ."},"links":{"$ref":"#/$defs/setDiff","description":"Standards and SOPs the policy links to, added and removed (`Standard csat`)."}}};
const schema97 = {"title":"ReviewSetDiff","type":"object","additionalProperties":false,"required":["added","removed"],"description":"What a list gained and lost.","properties":{"added":{"$ref":"#/$defs/textList","description":"Items only the proposed side has."},"removed":{"$ref":"#/$defs/textList","description":"Items only the base side has."}}};
const schema98 = {"type":"array","maxItems":5000,"items":{"$ref":"#/$defs/text"},"description":"Short texts."};

validate46.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


validate43.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema100 = {"title":"TeamChange","type":"object","additionalProperties":false,"required":["kind","id","change","file","previousFile","previousId","title","fields","members","leads","ownership"],"description":"A Team added, removed or changed.","properties":{"kind":{"const":"Team","description":"Always `Team`."},"id":{"$ref":"#/$defs/text","description":"The document's id (the proposed side's when renamed)."},"change":{"$ref":"#/$defs/changeKind","description":"What happened to the document."},"file":{"$ref":"#/$defs/file","description":"File on the proposed side (the base side's file when removed)."},"previousFile":{"anyOf":[{"$ref":"#/$defs/file"},{"type":"null"}],"description":"The base side's file when renamed; null otherwise."},"previousId":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"The base side's id when the rename changed it; null otherwise."},"title":{"$ref":"#/$defs/text","description":"The team's name."},"fields":{"$ref":"#/$defs/fields","description":"The fields that differ."},"members":{"$ref":"#/$defs/setDiff","description":"GitHub handles of members added and removed."},"leads":{"$ref":"#/$defs/setDiff","description":"GitHub handles of leads added and removed."},"ownership":{"type":"object","additionalProperties":false,"required":["gained","lost"],"description":"Documents whose owner moved to or from this team.","properties":{"gained":{"$ref":"#/$defs/textList","description":"Documents the team now owns (`Standard csat`)."},"lost":{"$ref":"#/$defs/textList","description":"Documents the team no longer owns."}}}}};

validate51.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema107 = {"title":"CalendarChange","type":"object","additionalProperties":false,"required":["kind","id","change","file","previousFile","previousId","title","fields","hours","holidays","standards"],"description":"A Calendar added, removed or changed.","properties":{"kind":{"const":"Calendar","description":"Always `Calendar`."},"id":{"$ref":"#/$defs/text","description":"The document's id (the proposed side's when renamed)."},"change":{"$ref":"#/$defs/changeKind","description":"What happened to the document."},"file":{"$ref":"#/$defs/file","description":"File on the proposed side (the base side's file when removed)."},"previousFile":{"anyOf":[{"$ref":"#/$defs/file"},{"type":"null"}],"description":"The base side's file when renamed; null otherwise."},"previousId":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"The base side's id when the rename changed it; null otherwise."},"title":{"$ref":"#/$defs/text","description":"The calendar's name."},"fields":{"$ref":"#/$defs/fields","description":"The fields that differ."},"hours":{"$ref":"#/$defs/textList","description":"Weekly hours that changed, e.g. `monday: 08:00-18:00 → 09:00-17:00`."},"holidays":{"type":"object","additionalProperties":false,"required":["added","removed","changed"],"description":"Holidays added, removed and changed, e.g. `2026-12-26 St Stephen's Day`.","properties":{"added":{"$ref":"#/$defs/textList","description":"Holidays only the proposed side has."},"removed":{"$ref":"#/$defs/textList","description":"Holidays only the base side has."},"changed":{"$ref":"#/$defs/textList","description":"Holidays on the same date, changed (`before → after`)."}}},"standards":{"$ref":"#/$defs/textList","description":"Ids of the standards measured on this calendar, on either side."}}};

validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema114 = {"title":"OtherChange","type":"object","additionalProperties":false,"required":["kind","id","change","file","previousFile","previousId","title","fields"],"description":"A Scorecard or the Pipeline added, removed or changed.","properties":{"kind":{"enum":["Scorecard","Pipeline"],"description":"`Scorecard` or `Pipeline`."},"id":{"$ref":"#/$defs/text","description":"The document's id (the proposed side's when renamed)."},"change":{"$ref":"#/$defs/changeKind","description":"What happened to the document."},"file":{"$ref":"#/$defs/file","description":"File on the proposed side (the base side's file when removed)."},"previousFile":{"anyOf":[{"$ref":"#/$defs/file"},{"type":"null"}],"description":"The base side's file when renamed; null otherwise."},"previousId":{"anyOf":[{"$ref":"#/$defs/text"},{"type":"null"}],"description":"The base side's id when the rename changed it; null otherwise."},"title":{"$ref":"#/$defs/text","description":"The document's title."},"fields":{"$ref":"#/$defs/fields","description":"The fields that differ."}}};

validate66.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


validate23.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema121 = {"title":"AffectedStandard","type":"object","additionalProperties":false,"required":["id","file","title","reasons"],"description":"A standard whose file did not change but that is measured differently, because something it depends on did.","properties":{"id":{"$ref":"#/$defs/text","description":"The standard's id."},"file":{"$ref":"#/$defs/file","description":"Its file (unchanged)."},"title":{"$ref":"#/$defs/text","description":"Its title."},"reasons":{"type":"array","maxItems":50,"items":{"$ref":"#/$defs/text"},"description":"What changed, e.g. `calendar dublin-office changed`."}}};

validate70.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema126 = {"title":"ReviewNote","type":"object","additionalProperties":false,"required":["severity","file","subject","message","rule"],"description":"Something the reviewer should look at twice, attached to a document.","properties":{"severity":{"enum":["warning","error"],"description":"error: the pull request cannot merge as it is; warning: a person should judge it."},"file":{"$ref":"#/$defs/file","description":"The document's file."},"subject":{"$ref":"#/$defs/text","description":"The document's kind and id, e.g. `Standard first-response-urgent`."},"message":{"type":"string","maxLength":5000,"description":"What is wrong and what would be right."},"rule":{"enum":["prose-numbers","step-promise","sop-version","changelog","dangling-reference","invalid-document","published-history"],"description":"The check that made the note (`published-history`: the change alters figures already published)."}}};

validate72.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema129 = {"title":"Replay","description":"The what-if replay on the stored tickets, or why there is none.","oneOf":[{"title":"ReplayDone","type":"object","additionalProperties":false,"required":["state","now","store","tickets","standards","notes"],"properties":{"state":{"const":"replayed","description":"The standards were replayed."},"now":{"$ref":"#/$defs/text","description":"The instant both sides were evaluated at (ISO 8601)."},"store":{"$ref":"#/$defs/text","description":"Where the tickets came from, e.g. `the standards-data branch`."},"tickets":{"type":"integer","minimum":0,"maximum":1000000000000,"description":"Tickets read."},"standards":{"type":"array","maxItems":5000,"items":{"$ref":"#/$defs/replayedStandard"},"description":"The replayed standards."},"notes":{"type":"array","maxItems":100,"items":{"$ref":"#/$defs/text"},"description":"How the replay was made (settings that differ between the sides)."},"published":{"type":"array","maxItems":5000,"items":{"$ref":"#/$defs/publishedChange"},"description":"Standards whose published figures the pull request changes, with the days and figures. Absent in reviews written before it existed."}}},{"title":"ReplaySkipped","type":"object","additionalProperties":false,"required":["state","reason"],"properties":{"state":{"const":"skipped","description":"Nothing was replayed."},"reason":{"$ref":"#/$defs/text","description":"Why."}}}]};
const schema132 = {"title":"ReplayedStandard","type":"object","additionalProperties":false,"required":["id","change","base","proposed","series"],"description":"A standard evaluated as the base defines it and as the pull request defines it.","properties":{"id":{"$ref":"#/$defs/text","description":"The standard's id on the proposed side."},"change":{"enum":["added","changed","affected"],"description":"added, changed (its own numbers or scope), or affected (something it depends on changed)."},"base":{"anyOf":[{"$ref":"#/$defs/replaySide"},{"type":"null"}],"description":"The base side; null when the standard is new."},"proposed":{"$ref":"#/$defs/replaySide","description":"The proposed side."},"series":{"type":"array","maxItems":3700,"description":"One row per day of the series: the window value as of that day, both sides (null: no data).","items":{"title":"ReplaySeriesDay","type":"object","additionalProperties":false,"required":["date","base","proposed"],"properties":{"date":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"The day the window ends, YYYY-MM-DD."},"base":{"type":["number","null"],"minimum":-1000,"maximum":1000,"description":"The base side's window value; null without data."},"proposed":{"type":["number","null"],"minimum":-1000,"maximum":1000,"description":"The proposed side's window value; null without data."}}}}}};
const schema134 = {"title":"ReplaySide","type":"object","additionalProperties":false,"required":["status","value","valueText","goalText","count","inFlight","budgetRemaining","daysOutOfGoal","statement"],"description":"One side of a replayed standard: how the standard as that side defines it fares on the stored tickets.","properties":{"status":{"$ref":"#/$defs/status","description":"The standard's status."},"value":{"type":["number","null"],"minimum":-1000,"maximum":1000,"description":"Attainment or metric value (fraction for rates and attainment, score for NPS); null without data."},"valueText":{"$ref":"#/$defs/text","description":"The value in words, e.g. `80%`."},"goalText":{"$ref":"#/$defs/text","description":"The goal in words, e.g. `70% within 1h`."},"count":{"type":"integer","minimum":0,"maximum":1000000000000,"description":"Measurements in the headline window (tickets, replies or ratings, by metric)."},"inFlight":{"type":"integer","minimum":0,"maximum":1000000000000,"description":"Measurements still pending."},"budgetRemaining":{"type":["number","null"],"minimum":-1000000000,"maximum":1,"description":"Share of the error budget left (negative: overspent); null without data."},"daysOutOfGoal":{"type":"integer","minimum":0,"maximum":100000,"description":"Days of the series whose window value misses the goal."},"statement":{"type":"string","maxLength":5000,"description":"The status in one sentence."}}};
const schema135 = {"enum":["met","at-risk","breached","no-data"],"description":"met, at-risk, breached or no-data."};

validate76.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern4 = new RegExp("^\\d{4}-\\d{2}-\\d{2}$", "u");

validate75.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema139 = {"title":"PublishedChange","type":"object","additionalProperties":false,"required":["id","reasons","days"],"description":"A standard whose figures already published change once the pull request is merged: its calendar changes from a past date (`appliesFrom`) or an exclusion period before now is added, removed or changed.","properties":{"id":{"$ref":"#/$defs/text","description":"The standard's id."},"reasons":{"type":"array","maxItems":50,"items":{"$ref":"#/$defs/text"},"description":"What reaches back, e.g. `calendar dublin-office changes from 2026-11-16 (appliesFrom)`, `exclusion outage added`."},"days":{"type":"array","maxItems":3700,"description":"The published days (before today) whose figures change, oldest first; empty when no stored ticket is affected.","items":{"title":"PublishedDayChange","description":"A published day: `base` as published, `proposed` as the nightly job will compute it once the pull request is merged.","type":"object","additionalProperties":false,"required":["date","base","proposed"],"properties":{"date":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}$","description":"The day, YYYY-MM-DD, in the standard's time zone."},"base":{"$ref":"#/$defs/dayFigures"},"proposed":{"$ref":"#/$defs/dayFigures"}}}}}};
const schema142 = {"title":"PublishedDayFigures","type":"object","additionalProperties":false,"required":["count","met","value","windowValue"],"description":"One day's figures as the report publishes them.","properties":{"count":{"type":"integer","minimum":0,"maximum":1000000000000,"description":"Measurements that completed that day."},"met":{"type":"integer","minimum":0,"maximum":1000000000000,"description":"Of which met the goal."},"value":{"type":["number","null"],"minimum":-1000,"maximum":1000,"description":"The day's own value; null without data."},"windowValue":{"type":["number","null"],"minimum":-1000,"maximum":1000,"description":"The value of the window ending that day (the trend's point); null without data."}}};

validate80.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


validate74.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema145 = {"title":"ApprovalOwners","type":"object","additionalProperties":false,"required":["owners","files"],"description":"Changed files that one CODEOWNERS rule owns: an approval from any one of its owners is enough for them.","properties":{"owners":{"type":"array","maxItems":50,"items":{"$ref":"#/$defs/text"},"description":"The rule's owners (`@org/team`, `@handle`), sorted."},"files":{"$ref":"#/$defs/fileList","description":"The changed files they own."}}};

validate83.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
exports["review.schema.json"] = validate20;

exports.schemasDigest = "d44deacc6482d8236f30d38066e8e21661b6ee7b8c1c867f8f4c993d8ebf195b";
