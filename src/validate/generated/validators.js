// Generated from schemas/*.schema.json by scripts/generate-validators.ts (npm run validators). Do not edit.
import { createRequire } from 'node:module';
import { codePointLength } from '../code-point-length.ts';
const require = createRequire(import.meta.url);
export const monitor = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://vigil.dev/schemas/monitor.schema.json","title":"vigil monitor","description":"One Datadog monitor as vigil's intermediate representation. The same schema checks TypeScript- and YAML-authored monitors.","type":"object","required":["id","type","name","query","message"],"additionalProperties":false,"properties":{"kind":{"const":"monitor","description":"Set by the loader; YAML files omit it."},"id":{"type":"string","minLength":1,"maxLength":100,"description":"Logical id: lowercase letters, digits and dashes; dots separate derived children. Stable across renames.","examples":["checkout-api-error-rate"]},"type":{"enum":["metric alert","query alert","service check","event alert","event-v2 alert","log alert","process alert","rum alert","trace-analytics alert","slo alert","composite","synthetics alert","audit alert","ci-pipelines alert","ci-tests alert","error-tracking alert","database-monitoring alert","network-performance alert","cost alert","data-quality alert","network-path alert","data-jobs alert","llm-observability alert"],"description":"Datadog monitor type. `metric alert` is stored by Datadog as `query alert`."},"name":{"type":"string","minLength":1,"maxLength":1000,"description":"Title shown in Datadog and in notifications."},"query":{"type":"string","minLength":1,"description":"The Datadog query. Composite monitors refer to other monitors as ${logical-id}; SLO alerts refer to SLOs the same way."},"team":{"$ref":"#/$defs/tagValue","description":"Owning team; becomes the team: tag and drives routing."},"service":{"$ref":"#/$defs/tagValue","description":"Service watched; becomes the service: tag."},"env":{"$ref":"#/$defs/tagValue","description":"Environment; becomes the env: tag. Non-production never pages."},"severity":{"enum":["sev1","sev2","sev3","sev4","sev5"],"description":"Sev1 (complete outage) to Sev5 (informational); sets priority 1-5."},"runbook":{"type":"string","pattern":"^https?://[^\\s]+$","description":"Runbook URL linked in every notification."},"tags":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\s,]+$"},"uniqueItems":true,"description":"Extra key:value tags."},"message":{"$ref":"#/$defs/message"},"options":{"$ref":"#/$defs/options"},"priority":{"type":["integer","null"],"minimum":1,"maximum":5,"description":"Datadog priority 1 (highest) to 5; defaults to the severity's number."},"restrictedRoles":{"type":["array","null"],"items":{"type":"string"},"description":"Role UUIDs allowed to edit the monitor."},"suppress":{"type":"object","additionalProperties":{"type":"string","minLength":10},"description":"Lint rule id -> the written reason it does not apply (at least 10 characters)."},"routing":{"const":false,"description":"false: the routing table adds no notifications to this monitor; its message keeps only its own handles."},"adopt":{"type":"object","required":["datadogId"],"additionalProperties":false,"description":"Take over this existing Datadog monitor on the next apply instead of creating one (written by vigil import). Not part of the payload.","properties":{"datadogId":{"type":"integer","minimum":1,"description":"The monitor's numeric id in Datadog."}}},"overrides":{"type":"object","additionalProperties":false,"description":"Escape hatch: fields in Datadog wire shape (snake_case) laid over the compiled payload, unchecked. vigil import writes it only so that adoption changes nothing.","properties":{"name":{"type":"string","description":"Sent instead of the trimmed name."},"message":{"type":"string","description":"Sent instead of the composed message."},"query":{"type":"string","description":"Sent instead of the trimmed query."},"options":{"type":"object","description":"Merged into the compiled options key by key (nested objects too)."},"restricted_roles":{"type":["array","null"],"items":{"type":"string"},"description":"Sent in this order instead of sorted."}}},"source":{"description":"Set by the loader: where the definition was written ({ file, line, col }). Not checked: vigil sets it itself, and reading it makes the loader work out the location, which it otherwise does only when something asks."}},"$defs":{"tagValue":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[a-z][a-z0-9_./-]*$"},"message":{"description":"The notification: vigil lays out summary, customer impact, first steps and runbook in a fixed order.","type":"object","required":["summary"],"additionalProperties":false,"properties":{"summary":{"type":"string","minLength":1,"description":"What is wrong, in words an on-call engineer understands at 3 a.m."},"impact":{"type":"string","minLength":1,"description":"Who is hurt and how."},"firstSteps":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"First things to check or do, in order."},"details":{"type":"string","description":"Free text appended after the structured sections."},"notify":{"type":"array","items":{"type":"string","pattern":"^@\\S+$"},"description":"Extra notification handles, e.g. @slack-payments."}}},"thresholds":{"type":"object","additionalProperties":false,"properties":{"critical":{"type":"number","description":"Value at which the monitor alerts."},"warning":{"type":"number","description":"Value at which the monitor warns."},"ok":{"type":"number","description":"Service checks: consecutive OK results to recover."},"unknown":{"type":"number","description":"Service checks: consecutive UNKNOWN results."},"criticalRecovery":{"type":"number","description":"Value at which an alert recovers."},"warningRecovery":{"type":"number","description":"Value at which a warning recovers."}}},"options":{"type":"object","additionalProperties":false,"description":"Datadog monitor options, camelCase of the wire names (notifyNoData is sent as notify_no_data).","properties":{"thresholds":{"$ref":"#/$defs/thresholds"},"thresholdWindows":{"type":"object","additionalProperties":false,"properties":{"recoveryWindow":{"type":"string"},"triggerWindow":{"type":"string"}}},"notifyNoData":{"type":"boolean","description":"Notify when the query stops reporting data."},"noDataTimeframe":{"description":"Minutes without data before a no-data notification.","type":["integer","null"],"minimum":1},"onMissingData":{"enum":["default","show_no_data","show_and_notify_no_data","resolve"]},"renotifyInterval":{"description":"Minutes between re-notifications; 0 or null means never.","type":["integer","null"],"minimum":0},"renotifyOccurrences":{"description":"How many times to re-notify.","type":["integer","null"],"minimum":1},"renotifyStatuses":{"type":"array","items":{"enum":["alert","warn","no data"]},"uniqueItems":true},"evaluationDelay":{"description":"Seconds to delay evaluation.","type":["integer","null"],"minimum":0,"maximum":86400},"newGroupDelay":{"description":"Seconds before a new group is evaluated.","type":["integer","null"],"minimum":0,"maximum":86400},"newHostDelay":{"description":"Deprecated: seconds before a new host is evaluated.","type":["integer","null"],"minimum":0,"maximum":86400},"requireFullWindow":{"type":"boolean"},"includeTags":{"type":"boolean"},"timeoutH":{"type":["number","null"],"minimum":0,"maximum":24,"description":"Hours after which a non-reporting alert resolves."},"notifyBy":{"type":"array","items":{"type":"string"}},"notifyAudit":{"type":"boolean"},"schedulingOptions":{"type":"object","additionalProperties":false,"properties":{"customSchedule":{"type":"object","required":["recurrences"],"additionalProperties":false,"properties":{"recurrences":{"type":"array","minItems":1,"items":{"type":"object","required":["rrule","timezone"],"additionalProperties":false,"properties":{"rrule":{"type":"string","pattern":"^FREQ="},"start":{"type":"string"},"timezone":{"type":"string"}}}}}},"evaluationWindow":{"type":"object","additionalProperties":false,"properties":{"dayStarts":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$"},"hourStarts":{"type":"integer","minimum":0,"maximum":59},"monthStarts":{"type":"integer","minimum":1,"maximum":1},"timezone":{"type":"string"}}}}},"variables":{"type":"array","items":{"type":"object"}},"notificationPresetName":{"enum":["show_all","hide_query","hide_handles","hide_all","hide_query_and_handles","show_only_snapshot","hide_handles_and_footer"]},"escalationMessage":{"type":"string"},"groupRetentionDuration":{"type":"string","pattern":"^[0-9]+[mhdw]$"},"enableLogsSample":{"type":"boolean"},"enableSamples":{"type":"boolean"},"groupbySimpleMonitor":{"type":"boolean"},"minFailureDuration":{"description":"Synthetics: seconds a test must fail before alerting.","type":["integer","null"],"minimum":0,"maximum":7200},"minLocationFailed":{"description":"Synthetics: locations that must fail.","type":["integer","null"],"minimum":1},"aggregation":{"type":"object","additionalProperties":false,"properties":{"groupBy":{"type":"string"},"metric":{"type":"string"},"type":{"type":"string"}}},"locked":{"type":"boolean","deprecated":true,"description":"Deprecated edit lock; use restrictedRoles."}}}}};
const schema32 = {"type":"string","minLength":1,"maxLength":100,"pattern":"^[a-z][a-z0-9_./-]*$"};
const schema35 = {"description":"The notification: vigil lays out summary, customer impact, first steps and runbook in a fixed order.","type":"object","required":["summary"],"additionalProperties":false,"properties":{"summary":{"type":"string","minLength":1,"description":"What is wrong, in words an on-call engineer understands at 3 a.m."},"impact":{"type":"string","minLength":1,"description":"Who is hurt and how."},"firstSteps":{"type":"array","items":{"type":"string","minLength":1},"minItems":1,"description":"First things to check or do, in order."},"details":{"type":"string","description":"Free text appended after the structured sections."},"notify":{"type":"array","items":{"type":"string","pattern":"^@\\S+$"},"description":"Extra notification handles, e.g. @slack-payments."}}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = codePointLength;
const pattern4 = new RegExp("^[a-z][a-z0-9_./-]*$", "u");
const pattern7 = new RegExp("^https?://[^\\s]+$", "u");
const pattern8 = new RegExp("^[^\\s,]+$", "u");
const pattern9 = new RegExp("^@\\S+$", "u");
const schema36 = {"type":"object","additionalProperties":false,"description":"Datadog monitor options, camelCase of the wire names (notifyNoData is sent as notify_no_data).","properties":{"thresholds":{"$ref":"#/$defs/thresholds"},"thresholdWindows":{"type":"object","additionalProperties":false,"properties":{"recoveryWindow":{"type":"string"},"triggerWindow":{"type":"string"}}},"notifyNoData":{"type":"boolean","description":"Notify when the query stops reporting data."},"noDataTimeframe":{"description":"Minutes without data before a no-data notification.","type":["integer","null"],"minimum":1},"onMissingData":{"enum":["default","show_no_data","show_and_notify_no_data","resolve"]},"renotifyInterval":{"description":"Minutes between re-notifications; 0 or null means never.","type":["integer","null"],"minimum":0},"renotifyOccurrences":{"description":"How many times to re-notify.","type":["integer","null"],"minimum":1},"renotifyStatuses":{"type":"array","items":{"enum":["alert","warn","no data"]},"uniqueItems":true},"evaluationDelay":{"description":"Seconds to delay evaluation.","type":["integer","null"],"minimum":0,"maximum":86400},"newGroupDelay":{"description":"Seconds before a new group is evaluated.","type":["integer","null"],"minimum":0,"maximum":86400},"newHostDelay":{"description":"Deprecated: seconds before a new host is evaluated.","type":["integer","null"],"minimum":0,"maximum":86400},"requireFullWindow":{"type":"boolean"},"includeTags":{"type":"boolean"},"timeoutH":{"type":["number","null"],"minimum":0,"maximum":24,"description":"Hours after which a non-reporting alert resolves."},"notifyBy":{"type":"array","items":{"type":"string"}},"notifyAudit":{"type":"boolean"},"schedulingOptions":{"type":"object","additionalProperties":false,"properties":{"customSchedule":{"type":"object","required":["recurrences"],"additionalProperties":false,"properties":{"recurrences":{"type":"array","minItems":1,"items":{"type":"object","required":["rrule","timezone"],"additionalProperties":false,"properties":{"rrule":{"type":"string","pattern":"^FREQ="},"start":{"type":"string"},"timezone":{"type":"string"}}}}}},"evaluationWindow":{"type":"object","additionalProperties":false,"properties":{"dayStarts":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$"},"hourStarts":{"type":"integer","minimum":0,"maximum":59},"monthStarts":{"type":"integer","minimum":1,"maximum":1},"timezone":{"type":"string"}}}}},"variables":{"type":"array","items":{"type":"object"}},"notificationPresetName":{"enum":["show_all","hide_query","hide_handles","hide_all","hide_query_and_handles","show_only_snapshot","hide_handles_and_footer"]},"escalationMessage":{"type":"string"},"groupRetentionDuration":{"type":"string","pattern":"^[0-9]+[mhdw]$"},"enableLogsSample":{"type":"boolean"},"enableSamples":{"type":"boolean"},"groupbySimpleMonitor":{"type":"boolean"},"minFailureDuration":{"description":"Synthetics: seconds a test must fail before alerting.","type":["integer","null"],"minimum":0,"maximum":7200},"minLocationFailed":{"description":"Synthetics: locations that must fail.","type":["integer","null"],"minimum":1},"aggregation":{"type":"object","additionalProperties":false,"properties":{"groupBy":{"type":"string"},"metric":{"type":"string"},"type":{"type":"string"}}},"locked":{"type":"boolean","deprecated":true,"description":"Deprecated edit lock; use restrictedRoles."}}};
const schema37 = {"type":"object","additionalProperties":false,"properties":{"critical":{"type":"number","description":"Value at which the monitor alerts."},"warning":{"type":"number","description":"Value at which the monitor warns."},"ok":{"type":"number","description":"Service checks: consecutive OK results to recover."},"unknown":{"type":"number","description":"Service checks: consecutive UNKNOWN results."},"criticalRecovery":{"type":"number","description":"Value at which an alert recovers."},"warningRecovery":{"type":"number","description":"Value at which a warning recovers."}}};
const func0 = require("ajv/dist/runtime/equal").default;
const pattern10 = new RegExp("^FREQ=", "u");
const pattern11 = new RegExp("^([01][0-9]|2[0-3]):[0-5][0-9]$", "u");
const pattern12 = new RegExp("^[0-9]+[mhdw]$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
for(const key0 in data){
if(!(func1.call(schema36.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.thresholds !== undefined){
let data0 = data.thresholds;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(!((((((key1 === "critical") || (key1 === "warning")) || (key1 === "ok")) || (key1 === "unknown")) || (key1 === "criticalRecovery")) || (key1 === "warningRecovery"))){
const err1 = {instancePath:instancePath+"/thresholds",schemaPath:"#/$defs/thresholds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.critical !== undefined){
let data1 = data0.critical;
if(!(typeof data1 == "number")){
const err2 = {instancePath:instancePath+"/thresholds/critical",schemaPath:"#/$defs/thresholds/properties/critical/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema37.properties.critical.type,parentSchema:schema37.properties.critical,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.warning !== undefined){
let data2 = data0.warning;
if(!(typeof data2 == "number")){
const err3 = {instancePath:instancePath+"/thresholds/warning",schemaPath:"#/$defs/thresholds/properties/warning/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema37.properties.warning.type,parentSchema:schema37.properties.warning,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.ok !== undefined){
let data3 = data0.ok;
if(!(typeof data3 == "number")){
const err4 = {instancePath:instancePath+"/thresholds/ok",schemaPath:"#/$defs/thresholds/properties/ok/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema37.properties.ok.type,parentSchema:schema37.properties.ok,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.unknown !== undefined){
let data4 = data0.unknown;
if(!(typeof data4 == "number")){
const err5 = {instancePath:instancePath+"/thresholds/unknown",schemaPath:"#/$defs/thresholds/properties/unknown/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema37.properties.unknown.type,parentSchema:schema37.properties.unknown,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.criticalRecovery !== undefined){
let data5 = data0.criticalRecovery;
if(!(typeof data5 == "number")){
const err6 = {instancePath:instancePath+"/thresholds/criticalRecovery",schemaPath:"#/$defs/thresholds/properties/criticalRecovery/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema37.properties.criticalRecovery.type,parentSchema:schema37.properties.criticalRecovery,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.warningRecovery !== undefined){
let data6 = data0.warningRecovery;
if(!(typeof data6 == "number")){
const err7 = {instancePath:instancePath+"/thresholds/warningRecovery",schemaPath:"#/$defs/thresholds/properties/warningRecovery/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema37.properties.warningRecovery.type,parentSchema:schema37.properties.warningRecovery,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/thresholds",schemaPath:"#/$defs/thresholds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.type,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.thresholdWindows !== undefined){
let data7 = data.thresholdWindows;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
if(!((key2 === "recoveryWindow") || (key2 === "triggerWindow"))){
const err9 = {instancePath:instancePath+"/thresholdWindows",schemaPath:"#/properties/thresholdWindows/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema36.properties.thresholdWindows,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data7.recoveryWindow !== undefined){
let data8 = data7.recoveryWindow;
if(typeof data8 !== "string"){
const err10 = {instancePath:instancePath+"/thresholdWindows/recoveryWindow",schemaPath:"#/properties/thresholdWindows/properties/recoveryWindow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.thresholdWindows.properties.recoveryWindow.type,parentSchema:schema36.properties.thresholdWindows.properties.recoveryWindow,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data7.triggerWindow !== undefined){
let data9 = data7.triggerWindow;
if(typeof data9 !== "string"){
const err11 = {instancePath:instancePath+"/thresholdWindows/triggerWindow",schemaPath:"#/properties/thresholdWindows/properties/triggerWindow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.thresholdWindows.properties.triggerWindow.type,parentSchema:schema36.properties.thresholdWindows.properties.triggerWindow,data:data9};
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
const err12 = {instancePath:instancePath+"/thresholdWindows",schemaPath:"#/properties/thresholdWindows/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.thresholdWindows.type,parentSchema:schema36.properties.thresholdWindows,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.notifyNoData !== undefined){
let data10 = data.notifyNoData;
if(typeof data10 !== "boolean"){
const err13 = {instancePath:instancePath+"/notifyNoData",schemaPath:"#/properties/notifyNoData/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.notifyNoData.type,parentSchema:schema36.properties.notifyNoData,data:data10};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.noDataTimeframe !== undefined){
let data11 = data.noDataTimeframe;
if((!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))) && (data11 !== null)){
const err14 = {instancePath:instancePath+"/noDataTimeframe",schemaPath:"#/properties/noDataTimeframe/type",keyword:"type",params:{type: schema36.properties.noDataTimeframe.type},message:"must be integer,null",schema:schema36.properties.noDataTimeframe.type,parentSchema:schema36.properties.noDataTimeframe,data:data11};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(typeof data11 == "number"){
if(data11 < 1 || isNaN(data11)){
const err15 = {instancePath:instancePath+"/noDataTimeframe",schemaPath:"#/properties/noDataTimeframe/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.noDataTimeframe,data:data11};
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
if(data.onMissingData !== undefined){
let data12 = data.onMissingData;
if(!((((data12 === "default") || (data12 === "show_no_data")) || (data12 === "show_and_notify_no_data")) || (data12 === "resolve"))){
const err16 = {instancePath:instancePath+"/onMissingData",schemaPath:"#/properties/onMissingData/enum",keyword:"enum",params:{allowedValues: schema36.properties.onMissingData.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.onMissingData.enum,parentSchema:schema36.properties.onMissingData,data:data12};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.renotifyInterval !== undefined){
let data13 = data.renotifyInterval;
if((!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))) && (data13 !== null)){
const err17 = {instancePath:instancePath+"/renotifyInterval",schemaPath:"#/properties/renotifyInterval/type",keyword:"type",params:{type: schema36.properties.renotifyInterval.type},message:"must be integer,null",schema:schema36.properties.renotifyInterval.type,parentSchema:schema36.properties.renotifyInterval,data:data13};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data13 == "number"){
if(data13 < 0 || isNaN(data13)){
const err18 = {instancePath:instancePath+"/renotifyInterval",schemaPath:"#/properties/renotifyInterval/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.renotifyInterval,data:data13};
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
if(data.renotifyOccurrences !== undefined){
let data14 = data.renotifyOccurrences;
if((!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))) && (data14 !== null)){
const err19 = {instancePath:instancePath+"/renotifyOccurrences",schemaPath:"#/properties/renotifyOccurrences/type",keyword:"type",params:{type: schema36.properties.renotifyOccurrences.type},message:"must be integer,null",schema:schema36.properties.renotifyOccurrences.type,parentSchema:schema36.properties.renotifyOccurrences,data:data14};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data14 == "number"){
if(data14 < 1 || isNaN(data14)){
const err20 = {instancePath:instancePath+"/renotifyOccurrences",schemaPath:"#/properties/renotifyOccurrences/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.renotifyOccurrences,data:data14};
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
if(data.renotifyStatuses !== undefined){
let data15 = data.renotifyStatuses;
if(Array.isArray(data15)){
const len0 = data15.length;
for(let i0=0; i0<len0; i0++){
let data16 = data15[i0];
if(!(((data16 === "alert") || (data16 === "warn")) || (data16 === "no data"))){
const err21 = {instancePath:instancePath+"/renotifyStatuses/" + i0,schemaPath:"#/properties/renotifyStatuses/items/enum",keyword:"enum",params:{allowedValues: schema36.properties.renotifyStatuses.items.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.renotifyStatuses.items.enum,parentSchema:schema36.properties.renotifyStatuses.items,data:data16};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
let i1 = data15.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data15[i1], data15[j0])){
const err22 = {instancePath:instancePath+"/renotifyStatuses",schemaPath:"#/properties/renotifyStatuses/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema36.properties.renotifyStatuses,data:data15};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err23 = {instancePath:instancePath+"/renotifyStatuses",schemaPath:"#/properties/renotifyStatuses/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.renotifyStatuses.type,parentSchema:schema36.properties.renotifyStatuses,data:data15};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.evaluationDelay !== undefined){
let data17 = data.evaluationDelay;
if((!((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17)))) && (data17 !== null)){
const err24 = {instancePath:instancePath+"/evaluationDelay",schemaPath:"#/properties/evaluationDelay/type",keyword:"type",params:{type: schema36.properties.evaluationDelay.type},message:"must be integer,null",schema:schema36.properties.evaluationDelay.type,parentSchema:schema36.properties.evaluationDelay,data:data17};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(typeof data17 == "number"){
if(data17 > 86400 || isNaN(data17)){
const err25 = {instancePath:instancePath+"/evaluationDelay",schemaPath:"#/properties/evaluationDelay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400},message:"must be <= 86400",schema:86400,parentSchema:schema36.properties.evaluationDelay,data:data17};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data17 < 0 || isNaN(data17)){
const err26 = {instancePath:instancePath+"/evaluationDelay",schemaPath:"#/properties/evaluationDelay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.evaluationDelay,data:data17};
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
if(data.newGroupDelay !== undefined){
let data18 = data.newGroupDelay;
if((!((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18)))) && (data18 !== null)){
const err27 = {instancePath:instancePath+"/newGroupDelay",schemaPath:"#/properties/newGroupDelay/type",keyword:"type",params:{type: schema36.properties.newGroupDelay.type},message:"must be integer,null",schema:schema36.properties.newGroupDelay.type,parentSchema:schema36.properties.newGroupDelay,data:data18};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(typeof data18 == "number"){
if(data18 > 86400 || isNaN(data18)){
const err28 = {instancePath:instancePath+"/newGroupDelay",schemaPath:"#/properties/newGroupDelay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400},message:"must be <= 86400",schema:86400,parentSchema:schema36.properties.newGroupDelay,data:data18};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data18 < 0 || isNaN(data18)){
const err29 = {instancePath:instancePath+"/newGroupDelay",schemaPath:"#/properties/newGroupDelay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.newGroupDelay,data:data18};
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
if(data.newHostDelay !== undefined){
let data19 = data.newHostDelay;
if((!((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19)))) && (data19 !== null)){
const err30 = {instancePath:instancePath+"/newHostDelay",schemaPath:"#/properties/newHostDelay/type",keyword:"type",params:{type: schema36.properties.newHostDelay.type},message:"must be integer,null",schema:schema36.properties.newHostDelay.type,parentSchema:schema36.properties.newHostDelay,data:data19};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(typeof data19 == "number"){
if(data19 > 86400 || isNaN(data19)){
const err31 = {instancePath:instancePath+"/newHostDelay",schemaPath:"#/properties/newHostDelay/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400},message:"must be <= 86400",schema:86400,parentSchema:schema36.properties.newHostDelay,data:data19};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data19 < 0 || isNaN(data19)){
const err32 = {instancePath:instancePath+"/newHostDelay",schemaPath:"#/properties/newHostDelay/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.newHostDelay,data:data19};
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
if(data.requireFullWindow !== undefined){
let data20 = data.requireFullWindow;
if(typeof data20 !== "boolean"){
const err33 = {instancePath:instancePath+"/requireFullWindow",schemaPath:"#/properties/requireFullWindow/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.requireFullWindow.type,parentSchema:schema36.properties.requireFullWindow,data:data20};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.includeTags !== undefined){
let data21 = data.includeTags;
if(typeof data21 !== "boolean"){
const err34 = {instancePath:instancePath+"/includeTags",schemaPath:"#/properties/includeTags/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.includeTags.type,parentSchema:schema36.properties.includeTags,data:data21};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.timeoutH !== undefined){
let data22 = data.timeoutH;
if((!(typeof data22 == "number")) && (data22 !== null)){
const err35 = {instancePath:instancePath+"/timeoutH",schemaPath:"#/properties/timeoutH/type",keyword:"type",params:{type: schema36.properties.timeoutH.type},message:"must be number,null",schema:schema36.properties.timeoutH.type,parentSchema:schema36.properties.timeoutH,data:data22};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(typeof data22 == "number"){
if(data22 > 24 || isNaN(data22)){
const err36 = {instancePath:instancePath+"/timeoutH",schemaPath:"#/properties/timeoutH/maximum",keyword:"maximum",params:{comparison: "<=", limit: 24},message:"must be <= 24",schema:24,parentSchema:schema36.properties.timeoutH,data:data22};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data22 < 0 || isNaN(data22)){
const err37 = {instancePath:instancePath+"/timeoutH",schemaPath:"#/properties/timeoutH/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.timeoutH,data:data22};
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
if(data.notifyBy !== undefined){
let data23 = data.notifyBy;
if(Array.isArray(data23)){
const len1 = data23.length;
for(let i2=0; i2<len1; i2++){
let data24 = data23[i2];
if(typeof data24 !== "string"){
const err38 = {instancePath:instancePath+"/notifyBy/" + i2,schemaPath:"#/properties/notifyBy/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.notifyBy.items.type,parentSchema:schema36.properties.notifyBy.items,data:data24};
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
const err39 = {instancePath:instancePath+"/notifyBy",schemaPath:"#/properties/notifyBy/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.notifyBy.type,parentSchema:schema36.properties.notifyBy,data:data23};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.notifyAudit !== undefined){
let data25 = data.notifyAudit;
if(typeof data25 !== "boolean"){
const err40 = {instancePath:instancePath+"/notifyAudit",schemaPath:"#/properties/notifyAudit/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.notifyAudit.type,parentSchema:schema36.properties.notifyAudit,data:data25};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.schedulingOptions !== undefined){
let data26 = data.schedulingOptions;
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
for(const key3 in data26){
if(!((key3 === "customSchedule") || (key3 === "evaluationWindow"))){
const err41 = {instancePath:instancePath+"/schedulingOptions",schemaPath:"#/properties/schedulingOptions/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema36.properties.schedulingOptions,data:data26};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data26.customSchedule !== undefined){
let data27 = data26.customSchedule;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.recurrences === undefined){
const err42 = {instancePath:instancePath+"/schedulingOptions/customSchedule",schemaPath:"#/properties/schedulingOptions/properties/customSchedule/required",keyword:"required",params:{missingProperty: "recurrences"},message:"must have required property '"+"recurrences"+"'",schema:schema36.properties.schedulingOptions.properties.customSchedule.required,parentSchema:schema36.properties.schedulingOptions.properties.customSchedule,data:data27};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
for(const key4 in data27){
if(!(key4 === "recurrences")){
const err43 = {instancePath:instancePath+"/schedulingOptions/customSchedule",schemaPath:"#/properties/schedulingOptions/properties/customSchedule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema36.properties.schedulingOptions.properties.customSchedule,data:data27};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data27.recurrences !== undefined){
let data28 = data27.recurrences;
if(Array.isArray(data28)){
if(data28.length < 1){
const err44 = {instancePath:instancePath+"/schedulingOptions/customSchedule/recurrences",schemaPath:"#/properties/schedulingOptions/properties/customSchedule/properties/recurrences/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema36.properties.schedulingOptions.properties.customSchedule.properties.recurrences,data:data28};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
const len2 = data28.length;
for(let i3=0; i3<len2; i3++){
let data29 = data28[i3];
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(data29.rrule === undefined){
const err45 = {instancePath:instancePath+"/schedulingOptions/customSchedule/recurrences/" + i3,schemaPath:"#/properties/schedulingOptions/properties/customSchedule/properties/recurrences/items/required",keyword:"required",params:{missingProperty: "rrule"},message:"must have required property '"+"rrule"+"'",schema:schema36.properties.schedulingOptions.properties.customSchedule.properties.recurrences.items.required,parentSchema:schema36.properties.schedulingOptions.properties.customSchedule.properties.recurrences.items,data:data29};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data29.timezone === undefined){
const err46 = {instancePath:instancePath+"/schedulingOptions/customSchedule/recurrences/" + i3,schemaPath:"#/properties/schedulingOptions/properties/customSchedule/properties/recurrences/items/required",keyword:"required",params:{missingProperty: "timezone"},message:"must have required property '"+"timezone"+"'",schema:schema36.properties.schedulingOptions.properties.customSchedule.properties.recurrences.items.required,parentSchema:schema36.properties.schedulingOptions.properties.customSchedule.properties.recurrences.items,data:data29};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key5 in data29){
if(!(((key5 === "rrule") || (key5 === "start")) || (key5 === "timezone"))){
const err47 = {instancePath:instancePath+"/schedulingOptions/customSchedule/recurrences/" + i3,schemaPath:"#/properties/schedulingOptions/properties/customSchedule/properties/recurrences/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema36.properties.schedulingOptions.properties.customSchedule.properties.recurrences.items,data:data29};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data29.rrule !== undefined){
let data30 = data29.rrule;
if(typeof data30 === "string"){
if(!pattern10.test(data30)){
const err48 = {instancePath:instancePath+"/schedulingOptions/customSchedule/recurrences/" + i3+"/rrule",schemaPath:"#/properties/schedulingOptions/properties/customSchedule/properties/recurrences/items/properties/rrule/pattern",keyword:"pattern",params:{pattern: "^FREQ="},message:"must match pattern \""+"^FREQ="+"\"",schema:"^FREQ=",parentSchema:schema36.properties.schedulingOptions.properties.customSchedule.properties.recurrences.items.properties.rrule,data:data30};
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
const err49 = {instancePath:instancePath+"/schedulingOptions/customSchedule/recurrences/" + i3+"/rrule",schemaPath:"#/properties/schedulingOptions/properties/customSchedule/properties/recurrences/items/properties/rrule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.schedulingOptions.properties.customSchedule.properties.recurrences.items.properties.rrule.type,parentSchema:schema36.properties.schedulingOptions.properties.customSchedule.properties.recurrences.items.properties.rrule,data:data30};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data29.start !== undefined){
let data31 = data29.start;
if(typeof data31 !== "string"){
const err50 = {instancePath:instancePath+"/schedulingOptions/customSchedule/recurrences/" + i3+"/start",schemaPath:"#/properties/schedulingOptions/properties/customSchedule/properties/recurrences/items/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.schedulingOptions.properties.customSchedule.properties.recurrences.items.properties.start.type,parentSchema:schema36.properties.schedulingOptions.properties.customSchedule.properties.recurrences.items.properties.start,data:data31};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data29.timezone !== undefined){
let data32 = data29.timezone;
if(typeof data32 !== "string"){
const err51 = {instancePath:instancePath+"/schedulingOptions/customSchedule/recurrences/" + i3+"/timezone",schemaPath:"#/properties/schedulingOptions/properties/customSchedule/properties/recurrences/items/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.schedulingOptions.properties.customSchedule.properties.recurrences.items.properties.timezone.type,parentSchema:schema36.properties.schedulingOptions.properties.customSchedule.properties.recurrences.items.properties.timezone,data:data32};
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
const err52 = {instancePath:instancePath+"/schedulingOptions/customSchedule/recurrences/" + i3,schemaPath:"#/properties/schedulingOptions/properties/customSchedule/properties/recurrences/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.schedulingOptions.properties.customSchedule.properties.recurrences.items.type,parentSchema:schema36.properties.schedulingOptions.properties.customSchedule.properties.recurrences.items,data:data29};
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
const err53 = {instancePath:instancePath+"/schedulingOptions/customSchedule/recurrences",schemaPath:"#/properties/schedulingOptions/properties/customSchedule/properties/recurrences/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.schedulingOptions.properties.customSchedule.properties.recurrences.type,parentSchema:schema36.properties.schedulingOptions.properties.customSchedule.properties.recurrences,data:data28};
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
const err54 = {instancePath:instancePath+"/schedulingOptions/customSchedule",schemaPath:"#/properties/schedulingOptions/properties/customSchedule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.schedulingOptions.properties.customSchedule.type,parentSchema:schema36.properties.schedulingOptions.properties.customSchedule,data:data27};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data26.evaluationWindow !== undefined){
let data33 = data26.evaluationWindow;
if(data33 && typeof data33 == "object" && !Array.isArray(data33)){
for(const key6 in data33){
if(!((((key6 === "dayStarts") || (key6 === "hourStarts")) || (key6 === "monthStarts")) || (key6 === "timezone"))){
const err55 = {instancePath:instancePath+"/schedulingOptions/evaluationWindow",schemaPath:"#/properties/schedulingOptions/properties/evaluationWindow/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema36.properties.schedulingOptions.properties.evaluationWindow,data:data33};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data33.dayStarts !== undefined){
let data34 = data33.dayStarts;
if(typeof data34 === "string"){
if(!pattern11.test(data34)){
const err56 = {instancePath:instancePath+"/schedulingOptions/evaluationWindow/dayStarts",schemaPath:"#/properties/schedulingOptions/properties/evaluationWindow/properties/dayStarts/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\"",schema:"^([01][0-9]|2[0-3]):[0-5][0-9]$",parentSchema:schema36.properties.schedulingOptions.properties.evaluationWindow.properties.dayStarts,data:data34};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/schedulingOptions/evaluationWindow/dayStarts",schemaPath:"#/properties/schedulingOptions/properties/evaluationWindow/properties/dayStarts/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.schedulingOptions.properties.evaluationWindow.properties.dayStarts.type,parentSchema:schema36.properties.schedulingOptions.properties.evaluationWindow.properties.dayStarts,data:data34};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data33.hourStarts !== undefined){
let data35 = data33.hourStarts;
if(!((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35)))){
const err58 = {instancePath:instancePath+"/schedulingOptions/evaluationWindow/hourStarts",schemaPath:"#/properties/schedulingOptions/properties/evaluationWindow/properties/hourStarts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.schedulingOptions.properties.evaluationWindow.properties.hourStarts.type,parentSchema:schema36.properties.schedulingOptions.properties.evaluationWindow.properties.hourStarts,data:data35};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(typeof data35 == "number"){
if(data35 > 59 || isNaN(data35)){
const err59 = {instancePath:instancePath+"/schedulingOptions/evaluationWindow/hourStarts",schemaPath:"#/properties/schedulingOptions/properties/evaluationWindow/properties/hourStarts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 59},message:"must be <= 59",schema:59,parentSchema:schema36.properties.schedulingOptions.properties.evaluationWindow.properties.hourStarts,data:data35};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if(data35 < 0 || isNaN(data35)){
const err60 = {instancePath:instancePath+"/schedulingOptions/evaluationWindow/hourStarts",schemaPath:"#/properties/schedulingOptions/properties/evaluationWindow/properties/hourStarts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.schedulingOptions.properties.evaluationWindow.properties.hourStarts,data:data35};
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
if(data33.monthStarts !== undefined){
let data36 = data33.monthStarts;
if(!((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36)))){
const err61 = {instancePath:instancePath+"/schedulingOptions/evaluationWindow/monthStarts",schemaPath:"#/properties/schedulingOptions/properties/evaluationWindow/properties/monthStarts/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.properties.schedulingOptions.properties.evaluationWindow.properties.monthStarts.type,parentSchema:schema36.properties.schedulingOptions.properties.evaluationWindow.properties.monthStarts,data:data36};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(typeof data36 == "number"){
if(data36 > 1 || isNaN(data36)){
const err62 = {instancePath:instancePath+"/schedulingOptions/evaluationWindow/monthStarts",schemaPath:"#/properties/schedulingOptions/properties/evaluationWindow/properties/monthStarts/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema36.properties.schedulingOptions.properties.evaluationWindow.properties.monthStarts,data:data36};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
if(data36 < 1 || isNaN(data36)){
const err63 = {instancePath:instancePath+"/schedulingOptions/evaluationWindow/monthStarts",schemaPath:"#/properties/schedulingOptions/properties/evaluationWindow/properties/monthStarts/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.schedulingOptions.properties.evaluationWindow.properties.monthStarts,data:data36};
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
if(data33.timezone !== undefined){
let data37 = data33.timezone;
if(typeof data37 !== "string"){
const err64 = {instancePath:instancePath+"/schedulingOptions/evaluationWindow/timezone",schemaPath:"#/properties/schedulingOptions/properties/evaluationWindow/properties/timezone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.schedulingOptions.properties.evaluationWindow.properties.timezone.type,parentSchema:schema36.properties.schedulingOptions.properties.evaluationWindow.properties.timezone,data:data37};
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
const err65 = {instancePath:instancePath+"/schedulingOptions/evaluationWindow",schemaPath:"#/properties/schedulingOptions/properties/evaluationWindow/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.schedulingOptions.properties.evaluationWindow.type,parentSchema:schema36.properties.schedulingOptions.properties.evaluationWindow,data:data33};
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
const err66 = {instancePath:instancePath+"/schedulingOptions",schemaPath:"#/properties/schedulingOptions/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.schedulingOptions.type,parentSchema:schema36.properties.schedulingOptions,data:data26};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data.variables !== undefined){
let data38 = data.variables;
if(Array.isArray(data38)){
const len3 = data38.length;
for(let i4=0; i4<len3; i4++){
let data39 = data38[i4];
if(!(data39 && typeof data39 == "object" && !Array.isArray(data39))){
const err67 = {instancePath:instancePath+"/variables/" + i4,schemaPath:"#/properties/variables/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.variables.items.type,parentSchema:schema36.properties.variables.items,data:data39};
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
const err68 = {instancePath:instancePath+"/variables",schemaPath:"#/properties/variables/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.variables.type,parentSchema:schema36.properties.variables,data:data38};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.notificationPresetName !== undefined){
let data40 = data.notificationPresetName;
if(!(((((((data40 === "show_all") || (data40 === "hide_query")) || (data40 === "hide_handles")) || (data40 === "hide_all")) || (data40 === "hide_query_and_handles")) || (data40 === "show_only_snapshot")) || (data40 === "hide_handles_and_footer"))){
const err69 = {instancePath:instancePath+"/notificationPresetName",schemaPath:"#/properties/notificationPresetName/enum",keyword:"enum",params:{allowedValues: schema36.properties.notificationPresetName.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.notificationPresetName.enum,parentSchema:schema36.properties.notificationPresetName,data:data40};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data.escalationMessage !== undefined){
let data41 = data.escalationMessage;
if(typeof data41 !== "string"){
const err70 = {instancePath:instancePath+"/escalationMessage",schemaPath:"#/properties/escalationMessage/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.escalationMessage.type,parentSchema:schema36.properties.escalationMessage,data:data41};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data.groupRetentionDuration !== undefined){
let data42 = data.groupRetentionDuration;
if(typeof data42 === "string"){
if(!pattern12.test(data42)){
const err71 = {instancePath:instancePath+"/groupRetentionDuration",schemaPath:"#/properties/groupRetentionDuration/pattern",keyword:"pattern",params:{pattern: "^[0-9]+[mhdw]$"},message:"must match pattern \""+"^[0-9]+[mhdw]$"+"\"",schema:"^[0-9]+[mhdw]$",parentSchema:schema36.properties.groupRetentionDuration,data:data42};
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
const err72 = {instancePath:instancePath+"/groupRetentionDuration",schemaPath:"#/properties/groupRetentionDuration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.groupRetentionDuration.type,parentSchema:schema36.properties.groupRetentionDuration,data:data42};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data.enableLogsSample !== undefined){
let data43 = data.enableLogsSample;
if(typeof data43 !== "boolean"){
const err73 = {instancePath:instancePath+"/enableLogsSample",schemaPath:"#/properties/enableLogsSample/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.enableLogsSample.type,parentSchema:schema36.properties.enableLogsSample,data:data43};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data.enableSamples !== undefined){
let data44 = data.enableSamples;
if(typeof data44 !== "boolean"){
const err74 = {instancePath:instancePath+"/enableSamples",schemaPath:"#/properties/enableSamples/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.enableSamples.type,parentSchema:schema36.properties.enableSamples,data:data44};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
if(data.groupbySimpleMonitor !== undefined){
let data45 = data.groupbySimpleMonitor;
if(typeof data45 !== "boolean"){
const err75 = {instancePath:instancePath+"/groupbySimpleMonitor",schemaPath:"#/properties/groupbySimpleMonitor/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.groupbySimpleMonitor.type,parentSchema:schema36.properties.groupbySimpleMonitor,data:data45};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
if(data.minFailureDuration !== undefined){
let data46 = data.minFailureDuration;
if((!((typeof data46 == "number") && (!(data46 % 1) && !isNaN(data46)))) && (data46 !== null)){
const err76 = {instancePath:instancePath+"/minFailureDuration",schemaPath:"#/properties/minFailureDuration/type",keyword:"type",params:{type: schema36.properties.minFailureDuration.type},message:"must be integer,null",schema:schema36.properties.minFailureDuration.type,parentSchema:schema36.properties.minFailureDuration,data:data46};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(typeof data46 == "number"){
if(data46 > 7200 || isNaN(data46)){
const err77 = {instancePath:instancePath+"/minFailureDuration",schemaPath:"#/properties/minFailureDuration/maximum",keyword:"maximum",params:{comparison: "<=", limit: 7200},message:"must be <= 7200",schema:7200,parentSchema:schema36.properties.minFailureDuration,data:data46};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
if(data46 < 0 || isNaN(data46)){
const err78 = {instancePath:instancePath+"/minFailureDuration",schemaPath:"#/properties/minFailureDuration/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema36.properties.minFailureDuration,data:data46};
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
if(data.minLocationFailed !== undefined){
let data47 = data.minLocationFailed;
if((!((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47)))) && (data47 !== null)){
const err79 = {instancePath:instancePath+"/minLocationFailed",schemaPath:"#/properties/minLocationFailed/type",keyword:"type",params:{type: schema36.properties.minLocationFailed.type},message:"must be integer,null",schema:schema36.properties.minLocationFailed.type,parentSchema:schema36.properties.minLocationFailed,data:data47};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(typeof data47 == "number"){
if(data47 < 1 || isNaN(data47)){
const err80 = {instancePath:instancePath+"/minLocationFailed",schemaPath:"#/properties/minLocationFailed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36.properties.minLocationFailed,data:data47};
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
if(data.aggregation !== undefined){
let data48 = data.aggregation;
if(data48 && typeof data48 == "object" && !Array.isArray(data48)){
for(const key7 in data48){
if(!(((key7 === "groupBy") || (key7 === "metric")) || (key7 === "type"))){
const err81 = {instancePath:instancePath+"/aggregation",schemaPath:"#/properties/aggregation/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema36.properties.aggregation,data:data48};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data48.groupBy !== undefined){
let data49 = data48.groupBy;
if(typeof data49 !== "string"){
const err82 = {instancePath:instancePath+"/aggregation/groupBy",schemaPath:"#/properties/aggregation/properties/groupBy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.aggregation.properties.groupBy.type,parentSchema:schema36.properties.aggregation.properties.groupBy,data:data49};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data48.metric !== undefined){
let data50 = data48.metric;
if(typeof data50 !== "string"){
const err83 = {instancePath:instancePath+"/aggregation/metric",schemaPath:"#/properties/aggregation/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.aggregation.properties.metric.type,parentSchema:schema36.properties.aggregation.properties.metric,data:data50};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data48.type !== undefined){
let data51 = data48.type;
if(typeof data51 !== "string"){
const err84 = {instancePath:instancePath+"/aggregation/type",schemaPath:"#/properties/aggregation/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.aggregation.properties.type.type,parentSchema:schema36.properties.aggregation.properties.type,data:data51};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/aggregation",schemaPath:"#/properties/aggregation/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.aggregation.type,parentSchema:schema36.properties.aggregation,data:data48};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data.locked !== undefined){
let data52 = data.locked;
if(typeof data52 !== "boolean"){
const err86 = {instancePath:instancePath+"/locked",schemaPath:"#/properties/locked/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema36.properties.locked.type,parentSchema:schema36.properties.locked,data:data52};
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
const err87 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://vigil.dev/schemas/monitor.schema.json" */;
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
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema31.required,parentSchema:schema31,data};
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
if(data.query === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "query"},message:"must have required property '"+"query"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.message === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
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
if("monitor" !== data0){
const err6 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "monitor"},message:"must be equal to constant",schema:"monitor",parentSchema:schema31.properties.kind,data:data0};
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
if(func2(data1) > 100){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.id,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data1) < 1){
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.id,data:data1};
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
const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.id.type,parentSchema:schema31.properties.id,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.type !== undefined){
let data2 = data.type;
if(!(((((((((((((((((((((((data2 === "metric alert") || (data2 === "query alert")) || (data2 === "service check")) || (data2 === "event alert")) || (data2 === "event-v2 alert")) || (data2 === "log alert")) || (data2 === "process alert")) || (data2 === "rum alert")) || (data2 === "trace-analytics alert")) || (data2 === "slo alert")) || (data2 === "composite")) || (data2 === "synthetics alert")) || (data2 === "audit alert")) || (data2 === "ci-pipelines alert")) || (data2 === "ci-tests alert")) || (data2 === "error-tracking alert")) || (data2 === "database-monitoring alert")) || (data2 === "network-performance alert")) || (data2 === "cost alert")) || (data2 === "data-quality alert")) || (data2 === "network-path alert")) || (data2 === "data-jobs alert")) || (data2 === "llm-observability alert"))){
const err10 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema31.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.type.enum,parentSchema:schema31.properties.type,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.name !== undefined){
let data3 = data.name;
if(typeof data3 === "string"){
if(func2(data3) > 1000){
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema31.properties.name,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func2(data3) < 1){
const err12 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.name,data:data3};
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
const err13 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.name.type,parentSchema:schema31.properties.name,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.query !== undefined){
let data4 = data.query;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err14 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.query,data:data4};
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
const err15 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.query.type,parentSchema:schema31.properties.query,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.team !== undefined){
let data5 = data.team;
if(typeof data5 === "string"){
if(func2(data5) > 100){
const err16 = {instancePath:instancePath+"/team",schemaPath:"#/$defs/tagValue/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(func2(data5) < 1){
const err17 = {instancePath:instancePath+"/team",schemaPath:"#/$defs/tagValue/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern4.test(data5)){
const err18 = {instancePath:instancePath+"/team",schemaPath:"#/$defs/tagValue/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_./-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_./-]*$"+"\"",schema:"^[a-z][a-z0-9_./-]*$",parentSchema:schema32,data:data5};
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
const err19 = {instancePath:instancePath+"/team",schemaPath:"#/$defs/tagValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.service !== undefined){
let data6 = data.service;
if(typeof data6 === "string"){
if(func2(data6) > 100){
const err20 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/tagValue/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func2(data6) < 1){
const err21 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/tagValue/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(!pattern4.test(data6)){
const err22 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/tagValue/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_./-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_./-]*$"+"\"",schema:"^[a-z][a-z0-9_./-]*$",parentSchema:schema32,data:data6};
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
const err23 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/tagValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.env !== undefined){
let data7 = data.env;
if(typeof data7 === "string"){
if(func2(data7) > 100){
const err24 = {instancePath:instancePath+"/env",schemaPath:"#/$defs/tagValue/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema32,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(func2(data7) < 1){
const err25 = {instancePath:instancePath+"/env",schemaPath:"#/$defs/tagValue/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema32,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern4.test(data7)){
const err26 = {instancePath:instancePath+"/env",schemaPath:"#/$defs/tagValue/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_./-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_./-]*$"+"\"",schema:"^[a-z][a-z0-9_./-]*$",parentSchema:schema32,data:data7};
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
const err27 = {instancePath:instancePath+"/env",schemaPath:"#/$defs/tagValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.severity !== undefined){
let data8 = data.severity;
if(!(((((data8 === "sev1") || (data8 === "sev2")) || (data8 === "sev3")) || (data8 === "sev4")) || (data8 === "sev5"))){
const err28 = {instancePath:instancePath+"/severity",schemaPath:"#/properties/severity/enum",keyword:"enum",params:{allowedValues: schema31.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.severity.enum,parentSchema:schema31.properties.severity,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.runbook !== undefined){
let data9 = data.runbook;
if(typeof data9 === "string"){
if(!pattern7.test(data9)){
const err29 = {instancePath:instancePath+"/runbook",schemaPath:"#/properties/runbook/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema31.properties.runbook,data:data9};
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
const err30 = {instancePath:instancePath+"/runbook",schemaPath:"#/properties/runbook/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.runbook.type,parentSchema:schema31.properties.runbook,data:data9};
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
let data10 = data.tags;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(typeof data11 === "string"){
if(func2(data11) > 200){
const err31 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema31.properties.tags.items,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(func2(data11) < 1){
const err32 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.tags.items,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!pattern8.test(data11)){
const err33 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[^\\s,]+$"},message:"must match pattern \""+"^[^\\s,]+$"+"\"",schema:"^[^\\s,]+$",parentSchema:schema31.properties.tags.items,data:data11};
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
const err34 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.tags.items.type,parentSchema:schema31.properties.tags.items,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
let i1 = data10.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data10[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err35 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema31.properties.tags,data:data10};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err36 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.tags.type,parentSchema:schema31.properties.tags,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.message !== undefined){
let data12 = data.message;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.summary === undefined){
const err37 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/message/required",keyword:"required",params:{missingProperty: "summary"},message:"must have required property '"+"summary"+"'",schema:schema35.required,parentSchema:schema35,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
for(const key1 in data12){
if(!(((((key1 === "summary") || (key1 === "impact")) || (key1 === "firstSteps")) || (key1 === "details")) || (key1 === "notify"))){
const err38 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/message/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data12.summary !== undefined){
let data13 = data12.summary;
if(typeof data13 === "string"){
if(func2(data13) < 1){
const err39 = {instancePath:instancePath+"/message/summary",schemaPath:"#/$defs/message/properties/summary/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.summary,data:data13};
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
const err40 = {instancePath:instancePath+"/message/summary",schemaPath:"#/$defs/message/properties/summary/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.summary.type,parentSchema:schema35.properties.summary,data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data12.impact !== undefined){
let data14 = data12.impact;
if(typeof data14 === "string"){
if(func2(data14) < 1){
const err41 = {instancePath:instancePath+"/message/impact",schemaPath:"#/$defs/message/properties/impact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.impact,data:data14};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/message/impact",schemaPath:"#/$defs/message/properties/impact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.impact.type,parentSchema:schema35.properties.impact,data:data14};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data12.firstSteps !== undefined){
let data15 = data12.firstSteps;
if(Array.isArray(data15)){
if(data15.length < 1){
const err43 = {instancePath:instancePath+"/message/firstSteps",schemaPath:"#/$defs/message/properties/firstSteps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.properties.firstSteps,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
const len1 = data15.length;
for(let i2=0; i2<len1; i2++){
let data16 = data15[i2];
if(typeof data16 === "string"){
if(func2(data16) < 1){
const err44 = {instancePath:instancePath+"/message/firstSteps/" + i2,schemaPath:"#/$defs/message/properties/firstSteps/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.firstSteps.items,data:data16};
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
const err45 = {instancePath:instancePath+"/message/firstSteps/" + i2,schemaPath:"#/$defs/message/properties/firstSteps/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.firstSteps.items.type,parentSchema:schema35.properties.firstSteps.items,data:data16};
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
const err46 = {instancePath:instancePath+"/message/firstSteps",schemaPath:"#/$defs/message/properties/firstSteps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.firstSteps.type,parentSchema:schema35.properties.firstSteps,data:data15};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data12.details !== undefined){
let data17 = data12.details;
if(typeof data17 !== "string"){
const err47 = {instancePath:instancePath+"/message/details",schemaPath:"#/$defs/message/properties/details/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.details.type,parentSchema:schema35.properties.details,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data12.notify !== undefined){
let data18 = data12.notify;
if(Array.isArray(data18)){
const len2 = data18.length;
for(let i3=0; i3<len2; i3++){
let data19 = data18[i3];
if(typeof data19 === "string"){
if(!pattern9.test(data19)){
const err48 = {instancePath:instancePath+"/message/notify/" + i3,schemaPath:"#/$defs/message/properties/notify/items/pattern",keyword:"pattern",params:{pattern: "^@\\S+$"},message:"must match pattern \""+"^@\\S+$"+"\"",schema:"^@\\S+$",parentSchema:schema35.properties.notify.items,data:data19};
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
const err49 = {instancePath:instancePath+"/message/notify/" + i3,schemaPath:"#/$defs/message/properties/notify/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.notify.items.type,parentSchema:schema35.properties.notify.items,data:data19};
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
const err50 = {instancePath:instancePath+"/message/notify",schemaPath:"#/$defs/message/properties/notify/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.notify.type,parentSchema:schema35.properties.notify,data:data18};
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
const err51 = {instancePath:instancePath+"/message",schemaPath:"#/$defs/message/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data:data12};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.options !== undefined){
if(!(validate21(data.options, {instancePath:instancePath+"/options",parentData:data,parentDataProperty:"options",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.priority !== undefined){
let data21 = data.priority;
if((!((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21)))) && (data21 !== null)){
const err52 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/type",keyword:"type",params:{type: schema31.properties.priority.type},message:"must be integer,null",schema:schema31.properties.priority.type,parentSchema:schema31.properties.priority,data:data21};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(typeof data21 == "number"){
if(data21 > 5 || isNaN(data21)){
const err53 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/maximum",keyword:"maximum",params:{comparison: "<=", limit: 5},message:"must be <= 5",schema:5,parentSchema:schema31.properties.priority,data:data21};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data21 < 1 || isNaN(data21)){
const err54 = {instancePath:instancePath+"/priority",schemaPath:"#/properties/priority/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.priority,data:data21};
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
if(data.restrictedRoles !== undefined){
let data22 = data.restrictedRoles;
if((!(Array.isArray(data22))) && (data22 !== null)){
const err55 = {instancePath:instancePath+"/restrictedRoles",schemaPath:"#/properties/restrictedRoles/type",keyword:"type",params:{type: schema31.properties.restrictedRoles.type},message:"must be array,null",schema:schema31.properties.restrictedRoles.type,parentSchema:schema31.properties.restrictedRoles,data:data22};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(Array.isArray(data22)){
const len3 = data22.length;
for(let i4=0; i4<len3; i4++){
let data23 = data22[i4];
if(typeof data23 !== "string"){
const err56 = {instancePath:instancePath+"/restrictedRoles/" + i4,schemaPath:"#/properties/restrictedRoles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.restrictedRoles.items.type,parentSchema:schema31.properties.restrictedRoles.items,data:data23};
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
}
if(data.suppress !== undefined){
let data24 = data.suppress;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
for(const key2 in data24){
let data25 = data24[key2];
if(typeof data25 === "string"){
if(func2(data25) < 10){
const err57 = {instancePath:instancePath+"/suppress/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/suppress/additionalProperties/minLength",keyword:"minLength",params:{limit: 10},message:"must NOT have fewer than 10 characters",schema:10,parentSchema:schema31.properties.suppress.additionalProperties,data:data25};
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
const err58 = {instancePath:instancePath+"/suppress/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/suppress/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.suppress.additionalProperties.type,parentSchema:schema31.properties.suppress.additionalProperties,data:data25};
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
const err59 = {instancePath:instancePath+"/suppress",schemaPath:"#/properties/suppress/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.suppress.type,parentSchema:schema31.properties.suppress,data:data24};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data.routing !== undefined){
let data26 = data.routing;
if(false !== data26){
const err60 = {instancePath:instancePath+"/routing",schemaPath:"#/properties/routing/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant",schema:false,parentSchema:schema31.properties.routing,data:data26};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.adopt !== undefined){
let data27 = data.adopt;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.datadogId === undefined){
const err61 = {instancePath:instancePath+"/adopt",schemaPath:"#/properties/adopt/required",keyword:"required",params:{missingProperty: "datadogId"},message:"must have required property '"+"datadogId"+"'",schema:schema31.properties.adopt.required,parentSchema:schema31.properties.adopt,data:data27};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
for(const key3 in data27){
if(!(key3 === "datadogId")){
const err62 = {instancePath:instancePath+"/adopt",schemaPath:"#/properties/adopt/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.adopt,data:data27};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data27.datadogId !== undefined){
let data28 = data27.datadogId;
if(!((typeof data28 == "number") && (!(data28 % 1) && !isNaN(data28)))){
const err63 = {instancePath:instancePath+"/adopt/datadogId",schemaPath:"#/properties/adopt/properties/datadogId/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.adopt.properties.datadogId.type,parentSchema:schema31.properties.adopt.properties.datadogId,data:data28};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(typeof data28 == "number"){
if(data28 < 1 || isNaN(data28)){
const err64 = {instancePath:instancePath+"/adopt/datadogId",schemaPath:"#/properties/adopt/properties/datadogId/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.adopt.properties.datadogId,data:data28};
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
}
else {
const err65 = {instancePath:instancePath+"/adopt",schemaPath:"#/properties/adopt/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.adopt.type,parentSchema:schema31.properties.adopt,data:data27};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data.overrides !== undefined){
let data29 = data.overrides;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key4 in data29){
if(!(((((key4 === "name") || (key4 === "message")) || (key4 === "query")) || (key4 === "options")) || (key4 === "restricted_roles"))){
const err66 = {instancePath:instancePath+"/overrides",schemaPath:"#/properties/overrides/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.overrides,data:data29};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data29.name !== undefined){
let data30 = data29.name;
if(typeof data30 !== "string"){
const err67 = {instancePath:instancePath+"/overrides/name",schemaPath:"#/properties/overrides/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.overrides.properties.name.type,parentSchema:schema31.properties.overrides.properties.name,data:data30};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
if(data29.message !== undefined){
let data31 = data29.message;
if(typeof data31 !== "string"){
const err68 = {instancePath:instancePath+"/overrides/message",schemaPath:"#/properties/overrides/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.overrides.properties.message.type,parentSchema:schema31.properties.overrides.properties.message,data:data31};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data29.query !== undefined){
let data32 = data29.query;
if(typeof data32 !== "string"){
const err69 = {instancePath:instancePath+"/overrides/query",schemaPath:"#/properties/overrides/properties/query/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.overrides.properties.query.type,parentSchema:schema31.properties.overrides.properties.query,data:data32};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
if(data29.options !== undefined){
let data33 = data29.options;
if(!(data33 && typeof data33 == "object" && !Array.isArray(data33))){
const err70 = {instancePath:instancePath+"/overrides/options",schemaPath:"#/properties/overrides/properties/options/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.overrides.properties.options.type,parentSchema:schema31.properties.overrides.properties.options,data:data33};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data29.restricted_roles !== undefined){
let data34 = data29.restricted_roles;
if((!(Array.isArray(data34))) && (data34 !== null)){
const err71 = {instancePath:instancePath+"/overrides/restricted_roles",schemaPath:"#/properties/overrides/properties/restricted_roles/type",keyword:"type",params:{type: schema31.properties.overrides.properties.restricted_roles.type},message:"must be array,null",schema:schema31.properties.overrides.properties.restricted_roles.type,parentSchema:schema31.properties.overrides.properties.restricted_roles,data:data34};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(Array.isArray(data34)){
const len4 = data34.length;
for(let i5=0; i5<len4; i5++){
let data35 = data34[i5];
if(typeof data35 !== "string"){
const err72 = {instancePath:instancePath+"/overrides/restricted_roles/" + i5,schemaPath:"#/properties/overrides/properties/restricted_roles/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.overrides.properties.restricted_roles.items.type,parentSchema:schema31.properties.overrides.properties.restricted_roles.items,data:data35};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
}
}
else {
const err73 = {instancePath:instancePath+"/overrides",schemaPath:"#/properties/overrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.overrides.type,parentSchema:schema31.properties.overrides,data:data29};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
}
else {
const err74 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const slo = validate23;
const schema38 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://vigil.dev/schemas/slo.schema.json","title":"vigil SLO","description":"One Datadog SLO and the burn-rate and error-budget alerts derived from it, as vigil's intermediate representation. The same schema checks TypeScript- and YAML-authored SLOs; Datadog's numeric limits (target range and precision, 20 monitors, 1-48 h windows, maximum burn rate) are checked by vigil's SLO rules, which report them with their own codes.","type":"object","required":["id","name","type","thresholds"],"additionalProperties":false,"properties":{"kind":{"const":"slo","description":"Set by the loader; YAML files omit it."},"id":{"type":"string","minLength":1,"maxLength":100,"description":"Logical id: lowercase letters, digits and dashes. Derived alerts get <id>.<tier>.","examples":["checkout-availability"]},"name":{"type":"string","minLength":1,"maxLength":1000,"description":"Title shown in Datadog."},"type":{"enum":["metric","monitor","time_slice"],"description":"metric: good/total event counts; monitor: uptime of monitors; time_slice: share of good 1- or 5-minute slices."},"description":{"type":"string","description":"Shown with the SLO in Datadog."},"team":{"$ref":"#/$defs/tagValue","description":"Owning team; becomes the team: tag."},"service":{"$ref":"#/$defs/tagValue","description":"Service; becomes the service: tag."},"env":{"$ref":"#/$defs/tagValue","description":"Environment; becomes the env: tag."},"runbook":{"type":"string","pattern":"^https?://[^\\s]+$","description":"Runbook URL linked from every derived alert."},"tags":{"type":"array","uniqueItems":true,"items":{"type":"string","minLength":1,"maxLength":200,"pattern":"^[^\\s,]+$"},"description":"Extra key:value tags. Datadog lowercases SLO tags."},"thresholds":{"type":"array","minItems":1,"maxItems":3,"items":{"$ref":"#/$defs/threshold"},"description":"One objective per timeframe (7d, 30d, 90d)."},"timeframe":{"$ref":"#/$defs/timeframe","description":"The primary timeframe; one of the thresholds'. Default: the first threshold's."},"good":{"type":"string","minLength":1,"description":"Metric SLOs: query counting good events, e.g. sum:trace.http.request.hits{service:checkout,!http.status_class:5xx}.as_count()."},"bad":{"type":"string","minLength":1,"description":"Metric SLOs: query counting bad events."},"total":{"type":"string","minLength":1,"description":"Metric SLOs: query counting all events."},"formulas":{"type":"object","additionalProperties":false,"required":["queries"],"description":"Metric SLOs: named queries combined by good/bad/total formulas (Datadog sli_specification.count).","properties":{"queries":{"$ref":"#/$defs/namedQueries"},"good":{"type":"string","minLength":1},"bad":{"type":"string","minLength":1},"total":{"type":"string","minLength":1}}},"monitors":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1},"description":"Monitor SLOs: logical ids of the monitors whose uptime counts (at most 20)."},"groups":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1},"description":"Monitor SLOs with exactly one multi-alert monitor: the groups to count."},"timeSlice":{"type":"object","additionalProperties":false,"required":["comparator","threshold"],"description":"Time-slice SLOs: a slice is good when the query's value compares well with the threshold.","properties":{"query":{"type":"string","minLength":1},"queries":{"$ref":"#/$defs/namedQueries"},"formula":{"type":"string","minLength":1},"comparator":{"enum":[">",">=","<","<="]},"threshold":{"type":"number"},"intervalSeconds":{"enum":[60,300],"description":"Slice length in seconds. Default 300."}}},"alerts":{"type":"object","additionalProperties":false,"description":"Alerting derived from the SLO: each tier compiles to one slo alert monitor.","properties":{"burnRate":{"description":"'default' (also when omitted): Datadog's recommended tiers for the primary timeframe; false: none; or a list of tiers.","if":{"type":"array"},"then":{"items":{"$ref":"#/$defs/burnRateTier"}},"else":{"enum":["default",false]}},"errorBudget":{"type":"array","items":{"$ref":"#/$defs/errorBudgetAlert"}},"message":{"type":"object","additionalProperties":false,"description":"Added to every derived alert's generated message.","properties":{"impact":{"type":"string","minLength":1},"firstSteps":{"type":"array","minItems":1,"items":{"type":"string","minLength":1}},"details":{"type":"string"},"notify":{"type":"array","items":{"type":"string","pattern":"^@\\S+$"}}}}}},"adopt":{"type":"object","additionalProperties":false,"required":["datadogId"],"description":"Take over this existing Datadog SLO on the next apply instead of creating one (written by vigil import). Not part of the payload.","properties":{"datadogId":{"type":"string","pattern":"^[0-9a-f]{32}$","description":"The SLO's id in Datadog: 32 lowercase hex characters."}}},"overrides":{"type":"object","additionalProperties":false,"description":"Escape hatch: fields in Datadog wire shape laid over the compiled payload, unchecked. vigil import writes it only so that adoption changes nothing.","properties":{"name":{"type":"string","description":"Sent instead of the trimmed name."},"description":{"type":"string","description":"Sent instead of the trimmed description."},"groups":{"type":"array","items":{"type":"string"},"description":"Sent as groups, in this order, whatever the SLO type."},"thresholdOrder":{"type":"array","items":{"$ref":"#/$defs/timeframe"},"description":"The order of thresholds in the payload, by timeframe, instead of 7d, 30d, 90d."}}},"source":{"description":"Set by the loader: where the definition was written ({ file, line, col }). Not checked: vigil sets it itself, and reading it makes the loader work out the location, which it otherwise does only when something asks."}},"$defs":{"tagValue":{"type":"string","minLength":1,"maxLength":100,"pattern":"^[a-z][a-z0-9_./-]*$"},"timeframe":{"enum":["7d","30d","90d"]},"severity":{"enum":["sev1","sev2","sev3","sev4","sev5"]},"tierName":{"type":"string","minLength":1,"maxLength":60,"pattern":"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$"},"namedQueries":{"type":"object","minProperties":1,"propertyNames":{"pattern":"^[a-zA-Z][a-zA-Z0-9_]*$"},"additionalProperties":{"type":"string","minLength":1},"description":"Query name -> metric query."},"threshold":{"type":"object","additionalProperties":false,"required":["timeframe","target"],"properties":{"timeframe":{"$ref":"#/$defs/timeframe"},"target":{"type":"number","description":"Percent, strictly between 0 and 100; at most 3 decimals (monitor SLOs: 2 on 7d and 30d)."},"warning":{"type":"number","description":"Stricter percent than target, below 100."}}},"burnRateTier":{"type":"object","additionalProperties":false,"required":["longWindow"],"properties":{"name":{"$ref":"#/$defs/tierName","description":"Default burn-<longWindow>."},"longWindow":{"type":"string","description":"1h to 48h, e.g. 1h, 6h, 24h."},"shortWindow":{"type":"string","description":"Shorter than longWindow. Default longWindow/12."},"burnRate":{"type":"number","description":"Above 0 and at most 1/(1 - target)."},"budgetConsumed":{"type":"number","description":"Percent of the budget spent within the long window; the burn rate is computed from it."},"severity":{"$ref":"#/$defs/severity"},"timeframe":{"$ref":"#/$defs/timeframe"}}},"errorBudgetAlert":{"type":"object","additionalProperties":false,"required":["consumed"],"properties":{"name":{"$ref":"#/$defs/tierName","description":"Default budget-<consumed>."},"consumed":{"type":"number","description":"Percent of the budget spent, above 0 and at most 100."},"severity":{"$ref":"#/$defs/severity"},"timeframe":{"$ref":"#/$defs/timeframe"}}}}};
const schema39 = {"type":"string","minLength":1,"maxLength":100,"pattern":"^[a-z][a-z0-9_./-]*$"};
const schema43 = {"enum":["7d","30d","90d"]};
const schema45 = {"type":"object","minProperties":1,"propertyNames":{"pattern":"^[a-zA-Z][a-zA-Z0-9_]*$"},"additionalProperties":{"type":"string","minLength":1},"description":"Query name -> metric query."};
const pattern18 = new RegExp("^[a-zA-Z][a-zA-Z0-9_]*$", "u");
const pattern23 = new RegExp("^[0-9a-f]{32}$", "u");
const schema42 = {"type":"object","additionalProperties":false,"required":["timeframe","target"],"properties":{"timeframe":{"$ref":"#/$defs/timeframe"},"target":{"type":"number","description":"Percent, strictly between 0 and 100; at most 3 decimals (monitor SLOs: 2 on 7d and 30d)."},"warning":{"type":"number","description":"Stricter percent than target, below 100."}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(data.timeframe === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timeframe"},message:"must have required property '"+"timeframe"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.target === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "timeframe") || (key0 === "target")) || (key0 === "warning"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.timeframe !== undefined){
let data0 = data.timeframe;
if(!(((data0 === "7d") || (data0 === "30d")) || (data0 === "90d"))){
const err3 = {instancePath:instancePath+"/timeframe",schemaPath:"#/$defs/timeframe/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.target !== undefined){
let data1 = data.target;
if(!(typeof data1 == "number")){
const err4 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.properties.target.type,parentSchema:schema42.properties.target,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.warning !== undefined){
let data2 = data.warning;
if(!(typeof data2 == "number")){
const err5 = {instancePath:instancePath+"/warning",schemaPath:"#/properties/warning/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema42.properties.warning.type,parentSchema:schema42.properties.warning,data:data2};
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
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema47 = {"type":"object","additionalProperties":false,"required":["longWindow"],"properties":{"name":{"$ref":"#/$defs/tierName","description":"Default burn-<longWindow>."},"longWindow":{"type":"string","description":"1h to 48h, e.g. 1h, 6h, 24h."},"shortWindow":{"type":"string","description":"Shorter than longWindow. Default longWindow/12."},"burnRate":{"type":"number","description":"Above 0 and at most 1/(1 - target)."},"budgetConsumed":{"type":"number","description":"Percent of the budget spent within the long window; the burn rate is computed from it."},"severity":{"$ref":"#/$defs/severity"},"timeframe":{"$ref":"#/$defs/timeframe"}}};
const schema48 = {"type":"string","minLength":1,"maxLength":60,"pattern":"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$"};
const schema49 = {"enum":["sev1","sev2","sev3","sev4","sev5"]};
const pattern20 = new RegExp("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$", "u");

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(data.longWindow === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "longWindow"},message:"must have required property '"+"longWindow"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "name") || (key0 === "longWindow")) || (key0 === "shortWindow")) || (key0 === "burnRate")) || (key0 === "budgetConsumed")) || (key0 === "severity")) || (key0 === "timeframe"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 60){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/tierName/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema48,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/tierName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern20.test(data0)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/tierName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$",parentSchema:schema48,data:data0};
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
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/tierName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.longWindow !== undefined){
let data1 = data.longWindow;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/longWindow",schemaPath:"#/properties/longWindow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.longWindow.type,parentSchema:schema47.properties.longWindow,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.shortWindow !== undefined){
let data2 = data.shortWindow;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/shortWindow",schemaPath:"#/properties/shortWindow/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.shortWindow.type,parentSchema:schema47.properties.shortWindow,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.burnRate !== undefined){
let data3 = data.burnRate;
if(!(typeof data3 == "number")){
const err8 = {instancePath:instancePath+"/burnRate",schemaPath:"#/properties/burnRate/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema47.properties.burnRate.type,parentSchema:schema47.properties.burnRate,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.budgetConsumed !== undefined){
let data4 = data.budgetConsumed;
if(!(typeof data4 == "number")){
const err9 = {instancePath:instancePath+"/budgetConsumed",schemaPath:"#/properties/budgetConsumed/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema47.properties.budgetConsumed.type,parentSchema:schema47.properties.budgetConsumed,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.severity !== undefined){
let data5 = data.severity;
if(!(((((data5 === "sev1") || (data5 === "sev2")) || (data5 === "sev3")) || (data5 === "sev4")) || (data5 === "sev5"))){
const err10 = {instancePath:instancePath+"/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values",schema:schema49.enum,parentSchema:schema49,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.timeframe !== undefined){
let data6 = data.timeframe;
if(!(((data6 === "7d") || (data6 === "30d")) || (data6 === "90d"))){
const err11 = {instancePath:instancePath+"/timeframe",schemaPath:"#/$defs/timeframe/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data6};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema51 = {"type":"object","additionalProperties":false,"required":["consumed"],"properties":{"name":{"$ref":"#/$defs/tierName","description":"Default budget-<consumed>."},"consumed":{"type":"number","description":"Percent of the budget spent, above 0 and at most 100."},"severity":{"$ref":"#/$defs/severity"},"timeframe":{"$ref":"#/$defs/timeframe"}}};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.consumed === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "consumed"},message:"must have required property '"+"consumed"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "name") || (key0 === "consumed")) || (key0 === "severity")) || (key0 === "timeframe"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 60){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/tierName/maxLength",keyword:"maxLength",params:{limit: 60},message:"must NOT have more than 60 characters",schema:60,parentSchema:schema48,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data0) < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/tierName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern20.test(data0)){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/tierName/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$"},message:"must match pattern \""+"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$"+"\"",schema:"^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$",parentSchema:schema48,data:data0};
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
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/tierName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.consumed !== undefined){
let data1 = data.consumed;
if(!(typeof data1 == "number")){
const err6 = {instancePath:instancePath+"/consumed",schemaPath:"#/properties/consumed/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema51.properties.consumed.type,parentSchema:schema51.properties.consumed,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.severity !== undefined){
let data2 = data.severity;
if(!(((((data2 === "sev1") || (data2 === "sev2")) || (data2 === "sev3")) || (data2 === "sev4")) || (data2 === "sev5"))){
const err7 = {instancePath:instancePath+"/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values",schema:schema49.enum,parentSchema:schema49,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.timeframe !== undefined){
let data3 = data.timeframe;
if(!(((data3 === "7d") || (data3 === "30d")) || (data3 === "90d"))){
const err8 = {instancePath:instancePath+"/timeframe",schemaPath:"#/$defs/timeframe/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data3};
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
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://vigil.dev/schemas/slo.schema.json" */;
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
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.type === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.thresholds === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "thresholds"},message:"must have required property '"+"thresholds"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema38.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
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
if("slo" !== data0){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "slo"},message:"must be equal to constant",schema:"slo",parentSchema:schema38.properties.kind,data:data0};
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
if(func2(data1) > 100){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema38.properties.id,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data1) < 1){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.id,data:data1};
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
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.id.type,parentSchema:schema38.properties.id,data:data1};
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
if(func2(data2) > 1000){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema38.properties.name,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func2(data2) < 1){
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.name,data:data2};
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
const err11 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.name.type,parentSchema:schema38.properties.name,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.type !== undefined){
let data3 = data.type;
if(!(((data3 === "metric") || (data3 === "monitor")) || (data3 === "time_slice"))){
const err12 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema38.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.type.enum,parentSchema:schema38.properties.type,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.description !== undefined){
let data4 = data.description;
if(typeof data4 !== "string"){
const err13 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.description.type,parentSchema:schema38.properties.description,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.team !== undefined){
let data5 = data.team;
if(typeof data5 === "string"){
if(func2(data5) > 100){
const err14 = {instancePath:instancePath+"/team",schemaPath:"#/$defs/tagValue/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data5) < 1){
const err15 = {instancePath:instancePath+"/team",schemaPath:"#/$defs/tagValue/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern4.test(data5)){
const err16 = {instancePath:instancePath+"/team",schemaPath:"#/$defs/tagValue/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_./-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_./-]*$"+"\"",schema:"^[a-z][a-z0-9_./-]*$",parentSchema:schema39,data:data5};
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
const err17 = {instancePath:instancePath+"/team",schemaPath:"#/$defs/tagValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.service !== undefined){
let data6 = data.service;
if(typeof data6 === "string"){
if(func2(data6) > 100){
const err18 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/tagValue/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema39,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func2(data6) < 1){
const err19 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/tagValue/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern4.test(data6)){
const err20 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/tagValue/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_./-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_./-]*$"+"\"",schema:"^[a-z][a-z0-9_./-]*$",parentSchema:schema39,data:data6};
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
const err21 = {instancePath:instancePath+"/service",schemaPath:"#/$defs/tagValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.env !== undefined){
let data7 = data.env;
if(typeof data7 === "string"){
if(func2(data7) > 100){
const err22 = {instancePath:instancePath+"/env",schemaPath:"#/$defs/tagValue/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func2(data7) < 1){
const err23 = {instancePath:instancePath+"/env",schemaPath:"#/$defs/tagValue/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern4.test(data7)){
const err24 = {instancePath:instancePath+"/env",schemaPath:"#/$defs/tagValue/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_./-]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_./-]*$"+"\"",schema:"^[a-z][a-z0-9_./-]*$",parentSchema:schema39,data:data7};
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
const err25 = {instancePath:instancePath+"/env",schemaPath:"#/$defs/tagValue/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.type,parentSchema:schema39,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.runbook !== undefined){
let data8 = data.runbook;
if(typeof data8 === "string"){
if(!pattern7.test(data8)){
const err26 = {instancePath:instancePath+"/runbook",schemaPath:"#/properties/runbook/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema38.properties.runbook,data:data8};
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
const err27 = {instancePath:instancePath+"/runbook",schemaPath:"#/properties/runbook/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.runbook.type,parentSchema:schema38.properties.runbook,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
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
if(func2(data10) > 200){
const err28 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema38.properties.tags.items,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func2(data10) < 1){
const err29 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.tags.items,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern8.test(data10)){
const err30 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/pattern",keyword:"pattern",params:{pattern: "^[^\\s,]+$"},message:"must match pattern \""+"^[^\\s,]+$"+"\"",schema:"^[^\\s,]+$",parentSchema:schema38.properties.tags.items,data:data10};
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
const err31 = {instancePath:instancePath+"/tags/" + i0,schemaPath:"#/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.tags.items.type,parentSchema:schema38.properties.tags.items,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
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
const err32 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema38.properties.tags,data:data9};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err33 = {instancePath:instancePath+"/tags",schemaPath:"#/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.tags.type,parentSchema:schema38.properties.tags,data:data9};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.thresholds !== undefined){
let data11 = data.thresholds;
if(Array.isArray(data11)){
if(data11.length > 3){
const err34 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items",schema:3,parentSchema:schema38.properties.thresholds,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data11.length < 1){
const err35 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema38.properties.thresholds,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
const len1 = data11.length;
for(let i2=0; i2<len1; i2++){
if(!(validate24(data11[i2], {instancePath:instancePath+"/thresholds/" + i2,parentData:data11,parentDataProperty:i2,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err36 = {instancePath:instancePath+"/thresholds",schemaPath:"#/properties/thresholds/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.thresholds.type,parentSchema:schema38.properties.thresholds,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.timeframe !== undefined){
let data13 = data.timeframe;
if(!(((data13 === "7d") || (data13 === "30d")) || (data13 === "90d"))){
const err37 = {instancePath:instancePath+"/timeframe",schemaPath:"#/$defs/timeframe/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.good !== undefined){
let data14 = data.good;
if(typeof data14 === "string"){
if(func2(data14) < 1){
const err38 = {instancePath:instancePath+"/good",schemaPath:"#/properties/good/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.good,data:data14};
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
const err39 = {instancePath:instancePath+"/good",schemaPath:"#/properties/good/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.good.type,parentSchema:schema38.properties.good,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.bad !== undefined){
let data15 = data.bad;
if(typeof data15 === "string"){
if(func2(data15) < 1){
const err40 = {instancePath:instancePath+"/bad",schemaPath:"#/properties/bad/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.bad,data:data15};
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
const err41 = {instancePath:instancePath+"/bad",schemaPath:"#/properties/bad/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.bad.type,parentSchema:schema38.properties.bad,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.total !== undefined){
let data16 = data.total;
if(typeof data16 === "string"){
if(func2(data16) < 1){
const err42 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.total,data:data16};
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
const err43 = {instancePath:instancePath+"/total",schemaPath:"#/properties/total/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.total.type,parentSchema:schema38.properties.total,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.formulas !== undefined){
let data17 = data.formulas;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.queries === undefined){
const err44 = {instancePath:instancePath+"/formulas",schemaPath:"#/properties/formulas/required",keyword:"required",params:{missingProperty: "queries"},message:"must have required property '"+"queries"+"'",schema:schema38.properties.formulas.required,parentSchema:schema38.properties.formulas,data:data17};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
for(const key1 in data17){
if(!((((key1 === "queries") || (key1 === "good")) || (key1 === "bad")) || (key1 === "total"))){
const err45 = {instancePath:instancePath+"/formulas",schemaPath:"#/properties/formulas/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.formulas,data:data17};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data17.queries !== undefined){
let data18 = data17.queries;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
if(Object.keys(data18).length < 1){
const err46 = {instancePath:instancePath+"/formulas/queries",schemaPath:"#/$defs/namedQueries/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema45,data:data18};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key2 in data18){
const _errs42 = errors;
if(typeof key2 === "string"){
if(!pattern18.test(key2)){
const err47 = {instancePath:instancePath+"/formulas/queries",schemaPath:"#/$defs/namedQueries/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z][a-zA-Z0-9_]*$"},message:"must match pattern \""+"^[a-zA-Z][a-zA-Z0-9_]*$"+"\"",schema:"^[a-zA-Z][a-zA-Z0-9_]*$",parentSchema:schema45.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
var valid12 = _errs42 === errors;
if(!valid12){
const err48 = {instancePath:instancePath+"/formulas/queries",schemaPath:"#/$defs/namedQueries/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema45.propertyNames,parentSchema:schema45,data:data18};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
for(const key3 in data18){
let data19 = data18[key3];
if(typeof data19 === "string"){
if(func2(data19) < 1){
const err49 = {instancePath:instancePath+"/formulas/queries/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/namedQueries/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.additionalProperties,data:data19};
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
const err50 = {instancePath:instancePath+"/formulas/queries/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/namedQueries/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.additionalProperties.type,parentSchema:schema45.additionalProperties,data:data19};
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
const err51 = {instancePath:instancePath+"/formulas/queries",schemaPath:"#/$defs/namedQueries/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data17.good !== undefined){
let data20 = data17.good;
if(typeof data20 === "string"){
if(func2(data20) < 1){
const err52 = {instancePath:instancePath+"/formulas/good",schemaPath:"#/properties/formulas/properties/good/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.formulas.properties.good,data:data20};
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
const err53 = {instancePath:instancePath+"/formulas/good",schemaPath:"#/properties/formulas/properties/good/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.formulas.properties.good.type,parentSchema:schema38.properties.formulas.properties.good,data:data20};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data17.bad !== undefined){
let data21 = data17.bad;
if(typeof data21 === "string"){
if(func2(data21) < 1){
const err54 = {instancePath:instancePath+"/formulas/bad",schemaPath:"#/properties/formulas/properties/bad/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.formulas.properties.bad,data:data21};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
else {
const err55 = {instancePath:instancePath+"/formulas/bad",schemaPath:"#/properties/formulas/properties/bad/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.formulas.properties.bad.type,parentSchema:schema38.properties.formulas.properties.bad,data:data21};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data17.total !== undefined){
let data22 = data17.total;
if(typeof data22 === "string"){
if(func2(data22) < 1){
const err56 = {instancePath:instancePath+"/formulas/total",schemaPath:"#/properties/formulas/properties/total/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.formulas.properties.total,data:data22};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/formulas/total",schemaPath:"#/properties/formulas/properties/total/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.formulas.properties.total.type,parentSchema:schema38.properties.formulas.properties.total,data:data22};
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
const err58 = {instancePath:instancePath+"/formulas",schemaPath:"#/properties/formulas/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.formulas.type,parentSchema:schema38.properties.formulas,data:data17};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.monitors !== undefined){
let data23 = data.monitors;
if(Array.isArray(data23)){
if(data23.length < 1){
const err59 = {instancePath:instancePath+"/monitors",schemaPath:"#/properties/monitors/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema38.properties.monitors,data:data23};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
const len2 = data23.length;
for(let i3=0; i3<len2; i3++){
let data24 = data23[i3];
if(typeof data24 === "string"){
if(func2(data24) < 1){
const err60 = {instancePath:instancePath+"/monitors/" + i3,schemaPath:"#/properties/monitors/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.monitors.items,data:data24};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
else {
const err61 = {instancePath:instancePath+"/monitors/" + i3,schemaPath:"#/properties/monitors/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.monitors.items.type,parentSchema:schema38.properties.monitors.items,data:data24};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
let i4 = data23.length;
let j1;
if(i4 > 1){
const indices1 = {};
for(;i4--;){
let item1 = data23[i4];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err62 = {instancePath:instancePath+"/monitors",schemaPath:"#/properties/monitors/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema38.properties.monitors,data:data23};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
break;
}
indices1[item1] = i4;
}
}
}
else {
const err63 = {instancePath:instancePath+"/monitors",schemaPath:"#/properties/monitors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.monitors.type,parentSchema:schema38.properties.monitors,data:data23};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.groups !== undefined){
let data25 = data.groups;
if(Array.isArray(data25)){
if(data25.length < 1){
const err64 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema38.properties.groups,data:data25};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
const len3 = data25.length;
for(let i5=0; i5<len3; i5++){
let data26 = data25[i5];
if(typeof data26 === "string"){
if(func2(data26) < 1){
const err65 = {instancePath:instancePath+"/groups/" + i5,schemaPath:"#/properties/groups/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.groups.items,data:data26};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/groups/" + i5,schemaPath:"#/properties/groups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.groups.items.type,parentSchema:schema38.properties.groups.items,data:data26};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
let i6 = data25.length;
let j2;
if(i6 > 1){
const indices2 = {};
for(;i6--;){
let item2 = data25[i6];
if(typeof item2 !== "string"){
continue;
}
if(typeof indices2[item2] == "number"){
j2 = indices2[item2];
const err67 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)",schema:true,parentSchema:schema38.properties.groups,data:data25};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
break;
}
indices2[item2] = i6;
}
}
}
else {
const err68 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.groups.type,parentSchema:schema38.properties.groups,data:data25};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data.timeSlice !== undefined){
let data27 = data.timeSlice;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
if(data27.comparator === undefined){
const err69 = {instancePath:instancePath+"/timeSlice",schemaPath:"#/properties/timeSlice/required",keyword:"required",params:{missingProperty: "comparator"},message:"must have required property '"+"comparator"+"'",schema:schema38.properties.timeSlice.required,parentSchema:schema38.properties.timeSlice,data:data27};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(data27.threshold === undefined){
const err70 = {instancePath:instancePath+"/timeSlice",schemaPath:"#/properties/timeSlice/required",keyword:"required",params:{missingProperty: "threshold"},message:"must have required property '"+"threshold"+"'",schema:schema38.properties.timeSlice.required,parentSchema:schema38.properties.timeSlice,data:data27};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
for(const key4 in data27){
if(!((((((key4 === "query") || (key4 === "queries")) || (key4 === "formula")) || (key4 === "comparator")) || (key4 === "threshold")) || (key4 === "intervalSeconds"))){
const err71 = {instancePath:instancePath+"/timeSlice",schemaPath:"#/properties/timeSlice/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.timeSlice,data:data27};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
if(data27.query !== undefined){
let data28 = data27.query;
if(typeof data28 === "string"){
if(func2(data28) < 1){
const err72 = {instancePath:instancePath+"/timeSlice/query",schemaPath:"#/properties/timeSlice/properties/query/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.timeSlice.properties.query,data:data28};
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
const err73 = {instancePath:instancePath+"/timeSlice/query",schemaPath:"#/properties/timeSlice/properties/query/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.timeSlice.properties.query.type,parentSchema:schema38.properties.timeSlice.properties.query,data:data28};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data27.queries !== undefined){
let data29 = data27.queries;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
if(Object.keys(data29).length < 1){
const err74 = {instancePath:instancePath+"/timeSlice/queries",schemaPath:"#/$defs/namedQueries/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema45,data:data29};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
for(const key5 in data29){
const _errs68 = errors;
if(typeof key5 === "string"){
if(!pattern18.test(key5)){
const err75 = {instancePath:instancePath+"/timeSlice/queries",schemaPath:"#/$defs/namedQueries/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-zA-Z][a-zA-Z0-9_]*$"},message:"must match pattern \""+"^[a-zA-Z][a-zA-Z0-9_]*$"+"\"",schema:"^[a-zA-Z][a-zA-Z0-9_]*$",parentSchema:schema45.propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
var valid22 = _errs68 === errors;
if(!valid22){
const err76 = {instancePath:instancePath+"/timeSlice/queries",schemaPath:"#/$defs/namedQueries/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema45.propertyNames,parentSchema:schema45,data:data29};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
for(const key6 in data29){
let data30 = data29[key6];
if(typeof data30 === "string"){
if(func2(data30) < 1){
const err77 = {instancePath:instancePath+"/timeSlice/queries/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/namedQueries/additionalProperties/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.additionalProperties,data:data30};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
else {
const err78 = {instancePath:instancePath+"/timeSlice/queries/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/namedQueries/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.additionalProperties.type,parentSchema:schema45.additionalProperties,data:data30};
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
const err79 = {instancePath:instancePath+"/timeSlice/queries",schemaPath:"#/$defs/namedQueries/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data:data29};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data27.formula !== undefined){
let data31 = data27.formula;
if(typeof data31 === "string"){
if(func2(data31) < 1){
const err80 = {instancePath:instancePath+"/timeSlice/formula",schemaPath:"#/properties/timeSlice/properties/formula/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.timeSlice.properties.formula,data:data31};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
}
else {
const err81 = {instancePath:instancePath+"/timeSlice/formula",schemaPath:"#/properties/timeSlice/properties/formula/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.timeSlice.properties.formula.type,parentSchema:schema38.properties.timeSlice.properties.formula,data:data31};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data27.comparator !== undefined){
let data32 = data27.comparator;
if(!((((data32 === ">") || (data32 === ">=")) || (data32 === "<")) || (data32 === "<="))){
const err82 = {instancePath:instancePath+"/timeSlice/comparator",schemaPath:"#/properties/timeSlice/properties/comparator/enum",keyword:"enum",params:{allowedValues: schema38.properties.timeSlice.properties.comparator.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.timeSlice.properties.comparator.enum,parentSchema:schema38.properties.timeSlice.properties.comparator,data:data32};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
if(data27.threshold !== undefined){
let data33 = data27.threshold;
if(!(typeof data33 == "number")){
const err83 = {instancePath:instancePath+"/timeSlice/threshold",schemaPath:"#/properties/timeSlice/properties/threshold/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.properties.timeSlice.properties.threshold.type,parentSchema:schema38.properties.timeSlice.properties.threshold,data:data33};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data27.intervalSeconds !== undefined){
let data34 = data27.intervalSeconds;
if(!((data34 === 60) || (data34 === 300))){
const err84 = {instancePath:instancePath+"/timeSlice/intervalSeconds",schemaPath:"#/properties/timeSlice/properties/intervalSeconds/enum",keyword:"enum",params:{allowedValues: schema38.properties.timeSlice.properties.intervalSeconds.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.timeSlice.properties.intervalSeconds.enum,parentSchema:schema38.properties.timeSlice.properties.intervalSeconds,data:data34};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
}
}
else {
const err85 = {instancePath:instancePath+"/timeSlice",schemaPath:"#/properties/timeSlice/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.timeSlice.type,parentSchema:schema38.properties.timeSlice,data:data27};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
}
if(data.alerts !== undefined){
let data35 = data.alerts;
if(data35 && typeof data35 == "object" && !Array.isArray(data35)){
for(const key7 in data35){
if(!(((key7 === "burnRate") || (key7 === "errorBudget")) || (key7 === "message"))){
const err86 = {instancePath:instancePath+"/alerts",schemaPath:"#/properties/alerts/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.alerts,data:data35};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
if(data35.burnRate !== undefined){
let data36 = data35.burnRate;
const _errs82 = errors;
let valid25 = true;
const _errs83 = errors;
if(!(Array.isArray(data36))){
const err87 = {};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
var _valid0 = _errs83 === errors;
errors = _errs82;
if(vErrors !== null){
if(_errs82){
vErrors.length = _errs82;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs85 = errors;
if(Array.isArray(data36)){
const len4 = data36.length;
for(let i7=0; i7<len4; i7++){
if(!(validate26(data36[i7], {instancePath:instancePath+"/alerts/burnRate/" + i7,parentData:data36,parentDataProperty:i7,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
var _valid0 = _errs85 === errors;
valid25 = _valid0;
ifClause0 = "then";
}
else {
const _errs87 = errors;
if(!((data36 === "default") || (data36 === false))){
const err88 = {instancePath:instancePath+"/alerts/burnRate",schemaPath:"#/properties/alerts/properties/burnRate/else/enum",keyword:"enum",params:{allowedValues: schema38.properties.alerts.properties.burnRate.else.enum},message:"must be equal to one of the allowed values",schema:schema38.properties.alerts.properties.burnRate.else.enum,parentSchema:schema38.properties.alerts.properties.burnRate.else,data:data36};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
var _valid0 = _errs87 === errors;
valid25 = _valid0;
ifClause0 = "else";
}
if(!valid25){
const err89 = {instancePath:instancePath+"/alerts/burnRate",schemaPath:"#/properties/alerts/properties/burnRate/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema38.properties.alerts.properties.burnRate.if,parentSchema:schema38.properties.alerts.properties.burnRate,data:data36};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
if(data35.errorBudget !== undefined){
let data38 = data35.errorBudget;
if(Array.isArray(data38)){
const len5 = data38.length;
for(let i8=0; i8<len5; i8++){
if(!(validate28(data38[i8], {instancePath:instancePath+"/alerts/errorBudget/" + i8,parentData:data38,parentDataProperty:i8,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
else {
const err90 = {instancePath:instancePath+"/alerts/errorBudget",schemaPath:"#/properties/alerts/properties/errorBudget/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.alerts.properties.errorBudget.type,parentSchema:schema38.properties.alerts.properties.errorBudget,data:data38};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
if(data35.message !== undefined){
let data40 = data35.message;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
for(const key8 in data40){
if(!((((key8 === "impact") || (key8 === "firstSteps")) || (key8 === "details")) || (key8 === "notify"))){
const err91 = {instancePath:instancePath+"/alerts/message",schemaPath:"#/properties/alerts/properties/message/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.alerts.properties.message,data:data40};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data40.impact !== undefined){
let data41 = data40.impact;
if(typeof data41 === "string"){
if(func2(data41) < 1){
const err92 = {instancePath:instancePath+"/alerts/message/impact",schemaPath:"#/properties/alerts/properties/message/properties/impact/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.alerts.properties.message.properties.impact,data:data41};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
}
else {
const err93 = {instancePath:instancePath+"/alerts/message/impact",schemaPath:"#/properties/alerts/properties/message/properties/impact/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.alerts.properties.message.properties.impact.type,parentSchema:schema38.properties.alerts.properties.message.properties.impact,data:data41};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
}
if(data40.firstSteps !== undefined){
let data42 = data40.firstSteps;
if(Array.isArray(data42)){
if(data42.length < 1){
const err94 = {instancePath:instancePath+"/alerts/message/firstSteps",schemaPath:"#/properties/alerts/properties/message/properties/firstSteps/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema38.properties.alerts.properties.message.properties.firstSteps,data:data42};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
const len6 = data42.length;
for(let i9=0; i9<len6; i9++){
let data43 = data42[i9];
if(typeof data43 === "string"){
if(func2(data43) < 1){
const err95 = {instancePath:instancePath+"/alerts/message/firstSteps/" + i9,schemaPath:"#/properties/alerts/properties/message/properties/firstSteps/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema38.properties.alerts.properties.message.properties.firstSteps.items,data:data43};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
else {
const err96 = {instancePath:instancePath+"/alerts/message/firstSteps/" + i9,schemaPath:"#/properties/alerts/properties/message/properties/firstSteps/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.alerts.properties.message.properties.firstSteps.items.type,parentSchema:schema38.properties.alerts.properties.message.properties.firstSteps.items,data:data43};
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
const err97 = {instancePath:instancePath+"/alerts/message/firstSteps",schemaPath:"#/properties/alerts/properties/message/properties/firstSteps/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.alerts.properties.message.properties.firstSteps.type,parentSchema:schema38.properties.alerts.properties.message.properties.firstSteps,data:data42};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data40.details !== undefined){
let data44 = data40.details;
if(typeof data44 !== "string"){
const err98 = {instancePath:instancePath+"/alerts/message/details",schemaPath:"#/properties/alerts/properties/message/properties/details/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.alerts.properties.message.properties.details.type,parentSchema:schema38.properties.alerts.properties.message.properties.details,data:data44};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
if(data40.notify !== undefined){
let data45 = data40.notify;
if(Array.isArray(data45)){
const len7 = data45.length;
for(let i10=0; i10<len7; i10++){
let data46 = data45[i10];
if(typeof data46 === "string"){
if(!pattern9.test(data46)){
const err99 = {instancePath:instancePath+"/alerts/message/notify/" + i10,schemaPath:"#/properties/alerts/properties/message/properties/notify/items/pattern",keyword:"pattern",params:{pattern: "^@\\S+$"},message:"must match pattern \""+"^@\\S+$"+"\"",schema:"^@\\S+$",parentSchema:schema38.properties.alerts.properties.message.properties.notify.items,data:data46};
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
const err100 = {instancePath:instancePath+"/alerts/message/notify/" + i10,schemaPath:"#/properties/alerts/properties/message/properties/notify/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.alerts.properties.message.properties.notify.items.type,parentSchema:schema38.properties.alerts.properties.message.properties.notify.items,data:data46};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
}
else {
const err101 = {instancePath:instancePath+"/alerts/message/notify",schemaPath:"#/properties/alerts/properties/message/properties/notify/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.alerts.properties.message.properties.notify.type,parentSchema:schema38.properties.alerts.properties.message.properties.notify,data:data45};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
else {
const err102 = {instancePath:instancePath+"/alerts/message",schemaPath:"#/properties/alerts/properties/message/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.alerts.properties.message.type,parentSchema:schema38.properties.alerts.properties.message,data:data40};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
}
}
else {
const err103 = {instancePath:instancePath+"/alerts",schemaPath:"#/properties/alerts/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.alerts.type,parentSchema:schema38.properties.alerts,data:data35};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
if(data.adopt !== undefined){
let data47 = data.adopt;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.datadogId === undefined){
const err104 = {instancePath:instancePath+"/adopt",schemaPath:"#/properties/adopt/required",keyword:"required",params:{missingProperty: "datadogId"},message:"must have required property '"+"datadogId"+"'",schema:schema38.properties.adopt.required,parentSchema:schema38.properties.adopt,data:data47};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
for(const key9 in data47){
if(!(key9 === "datadogId")){
const err105 = {instancePath:instancePath+"/adopt",schemaPath:"#/properties/adopt/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.adopt,data:data47};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
if(data47.datadogId !== undefined){
let data48 = data47.datadogId;
if(typeof data48 === "string"){
if(!pattern23.test(data48)){
const err106 = {instancePath:instancePath+"/adopt/datadogId",schemaPath:"#/properties/adopt/properties/datadogId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\"",schema:"^[0-9a-f]{32}$",parentSchema:schema38.properties.adopt.properties.datadogId,data:data48};
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
const err107 = {instancePath:instancePath+"/adopt/datadogId",schemaPath:"#/properties/adopt/properties/datadogId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.adopt.properties.datadogId.type,parentSchema:schema38.properties.adopt.properties.datadogId,data:data48};
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
const err108 = {instancePath:instancePath+"/adopt",schemaPath:"#/properties/adopt/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.adopt.type,parentSchema:schema38.properties.adopt,data:data47};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data.overrides !== undefined){
let data49 = data.overrides;
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
for(const key10 in data49){
if(!((((key10 === "name") || (key10 === "description")) || (key10 === "groups")) || (key10 === "thresholdOrder"))){
const err109 = {instancePath:instancePath+"/overrides",schemaPath:"#/properties/overrides/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema38.properties.overrides,data:data49};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
if(data49.name !== undefined){
let data50 = data49.name;
if(typeof data50 !== "string"){
const err110 = {instancePath:instancePath+"/overrides/name",schemaPath:"#/properties/overrides/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.overrides.properties.name.type,parentSchema:schema38.properties.overrides.properties.name,data:data50};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
if(data49.description !== undefined){
let data51 = data49.description;
if(typeof data51 !== "string"){
const err111 = {instancePath:instancePath+"/overrides/description",schemaPath:"#/properties/overrides/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.overrides.properties.description.type,parentSchema:schema38.properties.overrides.properties.description,data:data51};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data49.groups !== undefined){
let data52 = data49.groups;
if(Array.isArray(data52)){
const len8 = data52.length;
for(let i11=0; i11<len8; i11++){
let data53 = data52[i11];
if(typeof data53 !== "string"){
const err112 = {instancePath:instancePath+"/overrides/groups/" + i11,schemaPath:"#/properties/overrides/properties/groups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.overrides.properties.groups.items.type,parentSchema:schema38.properties.overrides.properties.groups.items,data:data53};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
}
}
else {
const err113 = {instancePath:instancePath+"/overrides/groups",schemaPath:"#/properties/overrides/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.overrides.properties.groups.type,parentSchema:schema38.properties.overrides.properties.groups,data:data52};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
if(data49.thresholdOrder !== undefined){
let data54 = data49.thresholdOrder;
if(Array.isArray(data54)){
const len9 = data54.length;
for(let i12=0; i12<len9; i12++){
let data55 = data54[i12];
if(!(((data55 === "7d") || (data55 === "30d")) || (data55 === "90d"))){
const err114 = {instancePath:instancePath+"/overrides/thresholdOrder/" + i12,schemaPath:"#/$defs/timeframe/enum",keyword:"enum",params:{allowedValues: schema43.enum},message:"must be equal to one of the allowed values",schema:schema43.enum,parentSchema:schema43,data:data55};
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
const err115 = {instancePath:instancePath+"/overrides/thresholdOrder",schemaPath:"#/properties/overrides/properties/thresholdOrder/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.overrides.properties.thresholdOrder.type,parentSchema:schema38.properties.overrides.properties.thresholdOrder,data:data54};
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
const err116 = {instancePath:instancePath+"/overrides",schemaPath:"#/properties/overrides/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.properties.overrides.type,parentSchema:schema38.properties.overrides,data:data49};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
}
else {
const err117 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const routing = validate30;
const schema56 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://vigil.dev/schemas/routing.schema.json","title":"vigil routing","description":"Severity routing: ordered rules from severity, team, service, env and tags to PagerDuty services, Slack channels, email and webhooks.","type":"object","required":["id","rules"],"additionalProperties":false,"properties":{"kind":{"const":"routing"},"id":{"type":"string","minLength":1},"rules":{"type":"array","items":{"$ref":"#/$defs/rule"}},"default":{"type":"array","items":{"$ref":"#/$defs/destination"}},"productionEnvs":{"type":"array","items":{"type":"string","minLength":1},"minItems":1},"target":{"$ref":"#/$defs/target"},"teamTargets":{"type":"object","description":"Per-team exceptions to target, by the monitors' team.","propertyNames":{"minLength":1},"additionalProperties":{"$ref":"#/$defs/target"}},"slackAccounts":{"description":"The accounts of Datadog's Slack integration, as Datadog names them, the first account first: @slack-<channel> posts through the first, @slack-<account>-<channel> through the one it names. With them, vigil plan checks that every Slack handle names a channel the integration has.","type":"array","items":{"type":"string","minLength":1,"pattern":"^[^\\s/]+$"},"minItems":1,"uniqueItems":true},"cases":{"type":"array","items":{"$ref":"#/$defs/case"}},"source":{"description":"Set by the loader: where the definition was written ({ file, line, col }). Not checked: vigil sets it itself, and reading it makes the loader work out the location, which it otherwise does only when something asks."}},"$defs":{"target":{"description":"Where routing is written: handles in each monitor's message (messages, the default), or Datadog monitor notification rules.","enum":["messages","notification-rules"]},"destination":{"oneOf":[{"type":"object","required":["type","service"],"additionalProperties":false,"properties":{"type":{"const":"pagerduty"},"service":{"type":"string","minLength":1,"description":"PagerDuty service name as in @pagerduty-<name>; {team}, {service}, {env} are filled from the monitor."},"urgency":{"enum":["high","low"]}}},{"type":"object","required":["type","channel"],"additionalProperties":false,"properties":{"type":{"const":"slack"},"channel":{"type":"string","minLength":1}}},{"type":"object","required":["type","address"],"additionalProperties":false,"properties":{"type":{"const":"email"},"address":{"type":"string","pattern":"^[^@\\s]+@[^@\\s]+$|\\{"}}},{"type":"object","required":["type","name"],"additionalProperties":false,"properties":{"type":{"const":"webhook"},"name":{"type":"string","minLength":1}}}]},"rule":{"type":"object","required":["name","match","notify"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"match":{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"array","items":{"enum":["sev1","sev2","sev3","sev4","sev5"]},"minItems":1},"team":{"type":"array","items":{"type":"string","minLength":1},"minItems":1},"service":{"type":"array","items":{"type":"string","minLength":1},"minItems":1},"env":{"type":"array","items":{"type":"string","minLength":1},"minItems":1},"tags":{"type":"array","items":{"type":"string","minLength":1},"minItems":1}}},"notify":{"type":"array","items":{"$ref":"#/$defs/destination"}},"continue":{"type":"boolean"},"allowNonProdPaging":{"type":"boolean"}}},"case":{"type":"object","required":["monitor","expect"],"additionalProperties":false,"properties":{"name":{"type":"string"},"monitor":{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["sev1","sev2","sev3","sev4","sev5"]},"team":{"type":"string"},"service":{"type":"string"},"env":{"type":"string"},"tags":{"type":"array","items":{"type":"string"}}}},"expect":{"type":"array","items":{"type":"string","pattern":"^(pagerduty|slack|email|webhook):.+$"}}}}}};
const schema58 = {"oneOf":[{"type":"object","required":["type","service"],"additionalProperties":false,"properties":{"type":{"const":"pagerduty"},"service":{"type":"string","minLength":1,"description":"PagerDuty service name as in @pagerduty-<name>; {team}, {service}, {env} are filled from the monitor."},"urgency":{"enum":["high","low"]}}},{"type":"object","required":["type","channel"],"additionalProperties":false,"properties":{"type":{"const":"slack"},"channel":{"type":"string","minLength":1}}},{"type":"object","required":["type","address"],"additionalProperties":false,"properties":{"type":{"const":"email"},"address":{"type":"string","pattern":"^[^@\\s]+@[^@\\s]+$|\\{"}}},{"type":"object","required":["type","name"],"additionalProperties":false,"properties":{"type":{"const":"webhook"},"name":{"type":"string","minLength":1}}}]};
const schema60 = {"description":"Where routing is written: handles in each monitor's message (messages, the default), or Datadog monitor notification rules.","enum":["messages","notification-rules"]};
const schema62 = {"type":"object","required":["monitor","expect"],"additionalProperties":false,"properties":{"name":{"type":"string"},"monitor":{"type":"object","additionalProperties":false,"properties":{"severity":{"enum":["sev1","sev2","sev3","sev4","sev5"]},"team":{"type":"string"},"service":{"type":"string"},"env":{"type":"string"},"tags":{"type":"array","items":{"type":"string"}}}},"expect":{"type":"array","items":{"type":"string","pattern":"^(pagerduty|slack|email|webhook):.+$"}}}};
const schema57 = {"type":"object","required":["name","match","notify"],"additionalProperties":false,"properties":{"name":{"type":"string","minLength":1},"match":{"type":"object","additionalProperties":false,"properties":{"severity":{"type":"array","items":{"enum":["sev1","sev2","sev3","sev4","sev5"]},"minItems":1},"team":{"type":"array","items":{"type":"string","minLength":1},"minItems":1},"service":{"type":"array","items":{"type":"string","minLength":1},"minItems":1},"env":{"type":"array","items":{"type":"string","minLength":1},"minItems":1},"tags":{"type":"array","items":{"type":"string","minLength":1},"minItems":1}}},"notify":{"type":"array","items":{"$ref":"#/$defs/destination"}},"continue":{"type":"boolean"},"allowNonProdPaging":{"type":"boolean"}}};
const pattern24 = new RegExp("^[^@\\s]+@[^@\\s]+$|\\{", "u");

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.match === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "match"},message:"must have required property '"+"match"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.notify === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "notify"},message:"must have required property '"+"notify"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "name") || (key0 === "match")) || (key0 === "notify")) || (key0 === "continue")) || (key0 === "allowNonProdPaging"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.name,data:data0};
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
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.name.type,parentSchema:schema57.properties.name,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.match !== undefined){
let data1 = data.match;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(((((key1 === "severity") || (key1 === "team")) || (key1 === "service")) || (key1 === "env")) || (key1 === "tags"))){
const err6 = {instancePath:instancePath+"/match",schemaPath:"#/properties/match/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema57.properties.match,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.severity !== undefined){
let data2 = data1.severity;
if(Array.isArray(data2)){
if(data2.length < 1){
const err7 = {instancePath:instancePath+"/match/severity",schemaPath:"#/properties/match/properties/severity/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema57.properties.match.properties.severity,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(!(((((data3 === "sev1") || (data3 === "sev2")) || (data3 === "sev3")) || (data3 === "sev4")) || (data3 === "sev5"))){
const err8 = {instancePath:instancePath+"/match/severity/" + i0,schemaPath:"#/properties/match/properties/severity/items/enum",keyword:"enum",params:{allowedValues: schema57.properties.match.properties.severity.items.enum},message:"must be equal to one of the allowed values",schema:schema57.properties.match.properties.severity.items.enum,parentSchema:schema57.properties.match.properties.severity.items,data:data3};
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
const err9 = {instancePath:instancePath+"/match/severity",schemaPath:"#/properties/match/properties/severity/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.match.properties.severity.type,parentSchema:schema57.properties.match.properties.severity,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.team !== undefined){
let data4 = data1.team;
if(Array.isArray(data4)){
if(data4.length < 1){
const err10 = {instancePath:instancePath+"/match/team",schemaPath:"#/properties/match/properties/team/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema57.properties.match.properties.team,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err11 = {instancePath:instancePath+"/match/team/" + i1,schemaPath:"#/properties/match/properties/team/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.match.properties.team.items,data:data5};
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
const err12 = {instancePath:instancePath+"/match/team/" + i1,schemaPath:"#/properties/match/properties/team/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.match.properties.team.items.type,parentSchema:schema57.properties.match.properties.team.items,data:data5};
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
const err13 = {instancePath:instancePath+"/match/team",schemaPath:"#/properties/match/properties/team/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.match.properties.team.type,parentSchema:schema57.properties.match.properties.team,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.service !== undefined){
let data6 = data1.service;
if(Array.isArray(data6)){
if(data6.length < 1){
const err14 = {instancePath:instancePath+"/match/service",schemaPath:"#/properties/match/properties/service/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema57.properties.match.properties.service,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len2 = data6.length;
for(let i2=0; i2<len2; i2++){
let data7 = data6[i2];
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err15 = {instancePath:instancePath+"/match/service/" + i2,schemaPath:"#/properties/match/properties/service/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.match.properties.service.items,data:data7};
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
const err16 = {instancePath:instancePath+"/match/service/" + i2,schemaPath:"#/properties/match/properties/service/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.match.properties.service.items.type,parentSchema:schema57.properties.match.properties.service.items,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/match/service",schemaPath:"#/properties/match/properties/service/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.match.properties.service.type,parentSchema:schema57.properties.match.properties.service,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.env !== undefined){
let data8 = data1.env;
if(Array.isArray(data8)){
if(data8.length < 1){
const err18 = {instancePath:instancePath+"/match/env",schemaPath:"#/properties/match/properties/env/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema57.properties.match.properties.env,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len3 = data8.length;
for(let i3=0; i3<len3; i3++){
let data9 = data8[i3];
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err19 = {instancePath:instancePath+"/match/env/" + i3,schemaPath:"#/properties/match/properties/env/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.match.properties.env.items,data:data9};
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
const err20 = {instancePath:instancePath+"/match/env/" + i3,schemaPath:"#/properties/match/properties/env/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.match.properties.env.items.type,parentSchema:schema57.properties.match.properties.env.items,data:data9};
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
const err21 = {instancePath:instancePath+"/match/env",schemaPath:"#/properties/match/properties/env/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.match.properties.env.type,parentSchema:schema57.properties.match.properties.env,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data1.tags !== undefined){
let data10 = data1.tags;
if(Array.isArray(data10)){
if(data10.length < 1){
const err22 = {instancePath:instancePath+"/match/tags",schemaPath:"#/properties/match/properties/tags/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema57.properties.match.properties.tags,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len4 = data10.length;
for(let i4=0; i4<len4; i4++){
let data11 = data10[i4];
if(typeof data11 === "string"){
if(func2(data11) < 1){
const err23 = {instancePath:instancePath+"/match/tags/" + i4,schemaPath:"#/properties/match/properties/tags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema57.properties.match.properties.tags.items,data:data11};
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
const err24 = {instancePath:instancePath+"/match/tags/" + i4,schemaPath:"#/properties/match/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.match.properties.tags.items.type,parentSchema:schema57.properties.match.properties.tags.items,data:data11};
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
const err25 = {instancePath:instancePath+"/match/tags",schemaPath:"#/properties/match/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.match.properties.tags.type,parentSchema:schema57.properties.match.properties.tags,data:data10};
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
const err26 = {instancePath:instancePath+"/match",schemaPath:"#/properties/match/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.properties.match.type,parentSchema:schema57.properties.match,data:data1};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.notify !== undefined){
let data12 = data.notify;
if(Array.isArray(data12)){
const len5 = data12.length;
for(let i5=0; i5<len5; i5++){
let data13 = data12[i5];
const _errs30 = errors;
let valid15 = false;
let passing0 = null;
const _errs31 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.type === undefined){
const err27 = {instancePath:instancePath+"/notify/" + i5,schemaPath:"#/$defs/destination/oneOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema58.oneOf[0].required,parentSchema:schema58.oneOf[0],data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data13.service === undefined){
const err28 = {instancePath:instancePath+"/notify/" + i5,schemaPath:"#/$defs/destination/oneOf/0/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema58.oneOf[0].required,parentSchema:schema58.oneOf[0],data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key2 in data13){
if(!(((key2 === "type") || (key2 === "service")) || (key2 === "urgency"))){
const err29 = {instancePath:instancePath+"/notify/" + i5,schemaPath:"#/$defs/destination/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema58.oneOf[0],data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data13.type !== undefined){
let data14 = data13.type;
if("pagerduty" !== data14){
const err30 = {instancePath:instancePath+"/notify/" + i5+"/type",schemaPath:"#/$defs/destination/oneOf/0/properties/type/const",keyword:"const",params:{allowedValue: "pagerduty"},message:"must be equal to constant",schema:"pagerduty",parentSchema:schema58.oneOf[0].properties.type,data:data14};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data13.service !== undefined){
let data15 = data13.service;
if(typeof data15 === "string"){
if(func2(data15) < 1){
const err31 = {instancePath:instancePath+"/notify/" + i5+"/service",schemaPath:"#/$defs/destination/oneOf/0/properties/service/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.oneOf[0].properties.service,data:data15};
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
const err32 = {instancePath:instancePath+"/notify/" + i5+"/service",schemaPath:"#/$defs/destination/oneOf/0/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.oneOf[0].properties.service.type,parentSchema:schema58.oneOf[0].properties.service,data:data15};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data13.urgency !== undefined){
let data16 = data13.urgency;
if(!((data16 === "high") || (data16 === "low"))){
const err33 = {instancePath:instancePath+"/notify/" + i5+"/urgency",schemaPath:"#/$defs/destination/oneOf/0/properties/urgency/enum",keyword:"enum",params:{allowedValues: schema58.oneOf[0].properties.urgency.enum},message:"must be equal to one of the allowed values",schema:schema58.oneOf[0].properties.urgency.enum,parentSchema:schema58.oneOf[0].properties.urgency,data:data16};
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
else {
const err34 = {instancePath:instancePath+"/notify/" + i5,schemaPath:"#/$defs/destination/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.oneOf[0].type,parentSchema:schema58.oneOf[0],data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid0 = _errs31 === errors;
if(_valid0){
valid15 = true;
passing0 = 0;
var props0 = true;
}
const _errs38 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.type === undefined){
const err35 = {instancePath:instancePath+"/notify/" + i5,schemaPath:"#/$defs/destination/oneOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema58.oneOf[1].required,parentSchema:schema58.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data13.channel === undefined){
const err36 = {instancePath:instancePath+"/notify/" + i5,schemaPath:"#/$defs/destination/oneOf/1/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'",schema:schema58.oneOf[1].required,parentSchema:schema58.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
for(const key3 in data13){
if(!((key3 === "type") || (key3 === "channel"))){
const err37 = {instancePath:instancePath+"/notify/" + i5,schemaPath:"#/$defs/destination/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema58.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data13.type !== undefined){
let data17 = data13.type;
if("slack" !== data17){
const err38 = {instancePath:instancePath+"/notify/" + i5+"/type",schemaPath:"#/$defs/destination/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "slack"},message:"must be equal to constant",schema:"slack",parentSchema:schema58.oneOf[1].properties.type,data:data17};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data13.channel !== undefined){
let data18 = data13.channel;
if(typeof data18 === "string"){
if(func2(data18) < 1){
const err39 = {instancePath:instancePath+"/notify/" + i5+"/channel",schemaPath:"#/$defs/destination/oneOf/1/properties/channel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.oneOf[1].properties.channel,data:data18};
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
const err40 = {instancePath:instancePath+"/notify/" + i5+"/channel",schemaPath:"#/$defs/destination/oneOf/1/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.oneOf[1].properties.channel.type,parentSchema:schema58.oneOf[1].properties.channel,data:data18};
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
const err41 = {instancePath:instancePath+"/notify/" + i5,schemaPath:"#/$defs/destination/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.oneOf[1].type,parentSchema:schema58.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid0 = _errs38 === errors;
if(_valid0 && valid15){
valid15 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid15 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
const _errs44 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.type === undefined){
const err42 = {instancePath:instancePath+"/notify/" + i5,schemaPath:"#/$defs/destination/oneOf/2/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema58.oneOf[2].required,parentSchema:schema58.oneOf[2],data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(data13.address === undefined){
const err43 = {instancePath:instancePath+"/notify/" + i5,schemaPath:"#/$defs/destination/oneOf/2/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema58.oneOf[2].required,parentSchema:schema58.oneOf[2],data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key4 in data13){
if(!((key4 === "type") || (key4 === "address"))){
const err44 = {instancePath:instancePath+"/notify/" + i5,schemaPath:"#/$defs/destination/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema58.oneOf[2],data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data13.type !== undefined){
let data19 = data13.type;
if("email" !== data19){
const err45 = {instancePath:instancePath+"/notify/" + i5+"/type",schemaPath:"#/$defs/destination/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "email"},message:"must be equal to constant",schema:"email",parentSchema:schema58.oneOf[2].properties.type,data:data19};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data13.address !== undefined){
let data20 = data13.address;
if(typeof data20 === "string"){
if(!pattern24.test(data20)){
const err46 = {instancePath:instancePath+"/notify/" + i5+"/address",schemaPath:"#/$defs/destination/oneOf/2/properties/address/pattern",keyword:"pattern",params:{pattern: "^[^@\\s]+@[^@\\s]+$|\\{"},message:"must match pattern \""+"^[^@\\s]+@[^@\\s]+$|\\{"+"\"",schema:"^[^@\\s]+@[^@\\s]+$|\\{",parentSchema:schema58.oneOf[2].properties.address,data:data20};
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
const err47 = {instancePath:instancePath+"/notify/" + i5+"/address",schemaPath:"#/$defs/destination/oneOf/2/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.oneOf[2].properties.address.type,parentSchema:schema58.oneOf[2].properties.address,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/notify/" + i5,schemaPath:"#/$defs/destination/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.oneOf[2].type,parentSchema:schema58.oneOf[2],data:data13};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
var _valid0 = _errs44 === errors;
if(_valid0 && valid15){
valid15 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid15 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
const _errs50 = errors;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.type === undefined){
const err49 = {instancePath:instancePath+"/notify/" + i5,schemaPath:"#/$defs/destination/oneOf/3/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema58.oneOf[3].required,parentSchema:schema58.oneOf[3],data:data13};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data13.name === undefined){
const err50 = {instancePath:instancePath+"/notify/" + i5,schemaPath:"#/$defs/destination/oneOf/3/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema58.oneOf[3].required,parentSchema:schema58.oneOf[3],data:data13};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
for(const key5 in data13){
if(!((key5 === "type") || (key5 === "name"))){
const err51 = {instancePath:instancePath+"/notify/" + i5,schemaPath:"#/$defs/destination/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema58.oneOf[3],data:data13};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data13.type !== undefined){
let data21 = data13.type;
if("webhook" !== data21){
const err52 = {instancePath:instancePath+"/notify/" + i5+"/type",schemaPath:"#/$defs/destination/oneOf/3/properties/type/const",keyword:"const",params:{allowedValue: "webhook"},message:"must be equal to constant",schema:"webhook",parentSchema:schema58.oneOf[3].properties.type,data:data21};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data13.name !== undefined){
let data22 = data13.name;
if(typeof data22 === "string"){
if(func2(data22) < 1){
const err53 = {instancePath:instancePath+"/notify/" + i5+"/name",schemaPath:"#/$defs/destination/oneOf/3/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.oneOf[3].properties.name,data:data22};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/notify/" + i5+"/name",schemaPath:"#/$defs/destination/oneOf/3/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.oneOf[3].properties.name.type,parentSchema:schema58.oneOf[3].properties.name,data:data22};
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
const err55 = {instancePath:instancePath+"/notify/" + i5,schemaPath:"#/$defs/destination/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.oneOf[3].type,parentSchema:schema58.oneOf[3],data:data13};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
var _valid0 = _errs50 === errors;
if(_valid0 && valid15){
valid15 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid15 = true;
passing0 = 3;
if(props0 !== true){
props0 = true;
}
}
}
}
}
if(!valid15){
const err56 = {instancePath:instancePath+"/notify/" + i5,schemaPath:"#/$defs/destination/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema58.oneOf,parentSchema:schema58,data:data13};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
else {
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err57 = {instancePath:instancePath+"/notify",schemaPath:"#/properties/notify/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema57.properties.notify.type,parentSchema:schema57.properties.notify,data:data12};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.continue !== undefined){
let data23 = data.continue;
if(typeof data23 !== "boolean"){
const err58 = {instancePath:instancePath+"/continue",schemaPath:"#/properties/continue/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema57.properties.continue.type,parentSchema:schema57.properties.continue,data:data23};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.allowNonProdPaging !== undefined){
let data24 = data.allowNonProdPaging;
if(typeof data24 !== "boolean"){
const err59 = {instancePath:instancePath+"/allowNonProdPaging",schemaPath:"#/properties/allowNonProdPaging/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema57.properties.allowNonProdPaging.type,parentSchema:schema57.properties.allowNonProdPaging,data:data24};
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
else {
const err60 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const pattern26 = new RegExp("^[^\\s/]+$", "u");
const pattern27 = new RegExp("^(pagerduty|slack|email|webhook):.+$", "u");

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://vigil.dev/schemas/routing.schema.json" */;
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
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.rules === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema56.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("routing" !== data0){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "routing"},message:"must be equal to constant",schema:"routing",parentSchema:schema56.properties.kind,data:data0};
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
let data1 = data.id;
if(typeof data1 === "string"){
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.id,data:data1};
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
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.id.type,parentSchema:schema56.properties.id,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.rules !== undefined){
let data2 = data.rules;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate31(data2[i0], {instancePath:instancePath+"/rules/" + i0,parentData:data2,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.rules.type,parentSchema:schema56.properties.rules,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.default !== undefined){
let data4 = data.default;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
const _errs12 = errors;
let valid6 = false;
let passing0 = null;
const _errs13 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.type === undefined){
const err7 = {instancePath:instancePath+"/default/" + i1,schemaPath:"#/$defs/destination/oneOf/0/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema58.oneOf[0].required,parentSchema:schema58.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data5.service === undefined){
const err8 = {instancePath:instancePath+"/default/" + i1,schemaPath:"#/$defs/destination/oneOf/0/required",keyword:"required",params:{missingProperty: "service"},message:"must have required property '"+"service"+"'",schema:schema58.oneOf[0].required,parentSchema:schema58.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "type") || (key1 === "service")) || (key1 === "urgency"))){
const err9 = {instancePath:instancePath+"/default/" + i1,schemaPath:"#/$defs/destination/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema58.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data5.type !== undefined){
let data6 = data5.type;
if("pagerduty" !== data6){
const err10 = {instancePath:instancePath+"/default/" + i1+"/type",schemaPath:"#/$defs/destination/oneOf/0/properties/type/const",keyword:"const",params:{allowedValue: "pagerduty"},message:"must be equal to constant",schema:"pagerduty",parentSchema:schema58.oneOf[0].properties.type,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data5.service !== undefined){
let data7 = data5.service;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err11 = {instancePath:instancePath+"/default/" + i1+"/service",schemaPath:"#/$defs/destination/oneOf/0/properties/service/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.oneOf[0].properties.service,data:data7};
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
const err12 = {instancePath:instancePath+"/default/" + i1+"/service",schemaPath:"#/$defs/destination/oneOf/0/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.oneOf[0].properties.service.type,parentSchema:schema58.oneOf[0].properties.service,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data5.urgency !== undefined){
let data8 = data5.urgency;
if(!((data8 === "high") || (data8 === "low"))){
const err13 = {instancePath:instancePath+"/default/" + i1+"/urgency",schemaPath:"#/$defs/destination/oneOf/0/properties/urgency/enum",keyword:"enum",params:{allowedValues: schema58.oneOf[0].properties.urgency.enum},message:"must be equal to one of the allowed values",schema:schema58.oneOf[0].properties.urgency.enum,parentSchema:schema58.oneOf[0].properties.urgency,data:data8};
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
const err14 = {instancePath:instancePath+"/default/" + i1,schemaPath:"#/$defs/destination/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.oneOf[0].type,parentSchema:schema58.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
var _valid0 = _errs13 === errors;
if(_valid0){
valid6 = true;
passing0 = 0;
var props0 = true;
}
const _errs20 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.type === undefined){
const err15 = {instancePath:instancePath+"/default/" + i1,schemaPath:"#/$defs/destination/oneOf/1/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema58.oneOf[1].required,parentSchema:schema58.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5.channel === undefined){
const err16 = {instancePath:instancePath+"/default/" + i1,schemaPath:"#/$defs/destination/oneOf/1/required",keyword:"required",params:{missingProperty: "channel"},message:"must have required property '"+"channel"+"'",schema:schema58.oneOf[1].required,parentSchema:schema58.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key2 in data5){
if(!((key2 === "type") || (key2 === "channel"))){
const err17 = {instancePath:instancePath+"/default/" + i1,schemaPath:"#/$defs/destination/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema58.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.type !== undefined){
let data9 = data5.type;
if("slack" !== data9){
const err18 = {instancePath:instancePath+"/default/" + i1+"/type",schemaPath:"#/$defs/destination/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "slack"},message:"must be equal to constant",schema:"slack",parentSchema:schema58.oneOf[1].properties.type,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.channel !== undefined){
let data10 = data5.channel;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err19 = {instancePath:instancePath+"/default/" + i1+"/channel",schemaPath:"#/$defs/destination/oneOf/1/properties/channel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.oneOf[1].properties.channel,data:data10};
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
const err20 = {instancePath:instancePath+"/default/" + i1+"/channel",schemaPath:"#/$defs/destination/oneOf/1/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.oneOf[1].properties.channel.type,parentSchema:schema58.oneOf[1].properties.channel,data:data10};
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
const err21 = {instancePath:instancePath+"/default/" + i1,schemaPath:"#/$defs/destination/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.oneOf[1].type,parentSchema:schema58.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs20 === errors;
if(_valid0 && valid6){
valid6 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid6 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
const _errs26 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.type === undefined){
const err22 = {instancePath:instancePath+"/default/" + i1,schemaPath:"#/$defs/destination/oneOf/2/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema58.oneOf[2].required,parentSchema:schema58.oneOf[2],data:data5};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data5.address === undefined){
const err23 = {instancePath:instancePath+"/default/" + i1,schemaPath:"#/$defs/destination/oneOf/2/required",keyword:"required",params:{missingProperty: "address"},message:"must have required property '"+"address"+"'",schema:schema58.oneOf[2].required,parentSchema:schema58.oneOf[2],data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key3 in data5){
if(!((key3 === "type") || (key3 === "address"))){
const err24 = {instancePath:instancePath+"/default/" + i1,schemaPath:"#/$defs/destination/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema58.oneOf[2],data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data5.type !== undefined){
let data11 = data5.type;
if("email" !== data11){
const err25 = {instancePath:instancePath+"/default/" + i1+"/type",schemaPath:"#/$defs/destination/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "email"},message:"must be equal to constant",schema:"email",parentSchema:schema58.oneOf[2].properties.type,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data5.address !== undefined){
let data12 = data5.address;
if(typeof data12 === "string"){
if(!pattern24.test(data12)){
const err26 = {instancePath:instancePath+"/default/" + i1+"/address",schemaPath:"#/$defs/destination/oneOf/2/properties/address/pattern",keyword:"pattern",params:{pattern: "^[^@\\s]+@[^@\\s]+$|\\{"},message:"must match pattern \""+"^[^@\\s]+@[^@\\s]+$|\\{"+"\"",schema:"^[^@\\s]+@[^@\\s]+$|\\{",parentSchema:schema58.oneOf[2].properties.address,data:data12};
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
const err27 = {instancePath:instancePath+"/default/" + i1+"/address",schemaPath:"#/$defs/destination/oneOf/2/properties/address/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.oneOf[2].properties.address.type,parentSchema:schema58.oneOf[2].properties.address,data:data12};
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
const err28 = {instancePath:instancePath+"/default/" + i1,schemaPath:"#/$defs/destination/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.oneOf[2].type,parentSchema:schema58.oneOf[2],data:data5};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid0 = _errs26 === errors;
if(_valid0 && valid6){
valid6 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid6 = true;
passing0 = 2;
if(props0 !== true){
props0 = true;
}
}
const _errs32 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.type === undefined){
const err29 = {instancePath:instancePath+"/default/" + i1,schemaPath:"#/$defs/destination/oneOf/3/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema58.oneOf[3].required,parentSchema:schema58.oneOf[3],data:data5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data5.name === undefined){
const err30 = {instancePath:instancePath+"/default/" + i1,schemaPath:"#/$defs/destination/oneOf/3/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema58.oneOf[3].required,parentSchema:schema58.oneOf[3],data:data5};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
for(const key4 in data5){
if(!((key4 === "type") || (key4 === "name"))){
const err31 = {instancePath:instancePath+"/default/" + i1,schemaPath:"#/$defs/destination/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema58.oneOf[3],data:data5};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data5.type !== undefined){
let data13 = data5.type;
if("webhook" !== data13){
const err32 = {instancePath:instancePath+"/default/" + i1+"/type",schemaPath:"#/$defs/destination/oneOf/3/properties/type/const",keyword:"const",params:{allowedValue: "webhook"},message:"must be equal to constant",schema:"webhook",parentSchema:schema58.oneOf[3].properties.type,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data5.name !== undefined){
let data14 = data5.name;
if(typeof data14 === "string"){
if(func2(data14) < 1){
const err33 = {instancePath:instancePath+"/default/" + i1+"/name",schemaPath:"#/$defs/destination/oneOf/3/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.oneOf[3].properties.name,data:data14};
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
const err34 = {instancePath:instancePath+"/default/" + i1+"/name",schemaPath:"#/$defs/destination/oneOf/3/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.oneOf[3].properties.name.type,parentSchema:schema58.oneOf[3].properties.name,data:data14};
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
else {
const err35 = {instancePath:instancePath+"/default/" + i1,schemaPath:"#/$defs/destination/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.oneOf[3].type,parentSchema:schema58.oneOf[3],data:data5};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
var _valid0 = _errs32 === errors;
if(_valid0 && valid6){
valid6 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid6 = true;
passing0 = 3;
if(props0 !== true){
props0 = true;
}
}
}
}
}
if(!valid6){
const err36 = {instancePath:instancePath+"/default/" + i1,schemaPath:"#/$defs/destination/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema58.oneOf,parentSchema:schema58,data:data5};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
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
}
else {
const err37 = {instancePath:instancePath+"/default",schemaPath:"#/properties/default/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.default.type,parentSchema:schema56.properties.default,data:data4};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.productionEnvs !== undefined){
let data15 = data.productionEnvs;
if(Array.isArray(data15)){
if(data15.length < 1){
const err38 = {instancePath:instancePath+"/productionEnvs",schemaPath:"#/properties/productionEnvs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema56.properties.productionEnvs,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
const len2 = data15.length;
for(let i2=0; i2<len2; i2++){
let data16 = data15[i2];
if(typeof data16 === "string"){
if(func2(data16) < 1){
const err39 = {instancePath:instancePath+"/productionEnvs/" + i2,schemaPath:"#/properties/productionEnvs/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.productionEnvs.items,data:data16};
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
const err40 = {instancePath:instancePath+"/productionEnvs/" + i2,schemaPath:"#/properties/productionEnvs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.productionEnvs.items.type,parentSchema:schema56.properties.productionEnvs.items,data:data16};
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
const err41 = {instancePath:instancePath+"/productionEnvs",schemaPath:"#/properties/productionEnvs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.productionEnvs.type,parentSchema:schema56.properties.productionEnvs,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.target !== undefined){
let data17 = data.target;
if(!((data17 === "messages") || (data17 === "notification-rules"))){
const err42 = {instancePath:instancePath+"/target",schemaPath:"#/$defs/target/enum",keyword:"enum",params:{allowedValues: schema60.enum},message:"must be equal to one of the allowed values",schema:schema60.enum,parentSchema:schema60,data:data17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.teamTargets !== undefined){
let data18 = data.teamTargets;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key5 in data18){
const _errs46 = errors;
if(typeof key5 === "string"){
if(func2(key5) < 1){
const err43 = {instancePath:instancePath+"/teamTargets",schemaPath:"#/properties/teamTargets/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.teamTargets.propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
var valid14 = _errs46 === errors;
if(!valid14){
const err44 = {instancePath:instancePath+"/teamTargets",schemaPath:"#/properties/teamTargets/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema56.properties.teamTargets.propertyNames,parentSchema:schema56.properties.teamTargets,data:data18};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
for(const key6 in data18){
let data19 = data18[key6];
if(!((data19 === "messages") || (data19 === "notification-rules"))){
const err45 = {instancePath:instancePath+"/teamTargets/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/target/enum",keyword:"enum",params:{allowedValues: schema60.enum},message:"must be equal to one of the allowed values",schema:schema60.enum,parentSchema:schema60,data:data19};
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
const err46 = {instancePath:instancePath+"/teamTargets",schemaPath:"#/properties/teamTargets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.properties.teamTargets.type,parentSchema:schema56.properties.teamTargets,data:data18};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.slackAccounts !== undefined){
let data20 = data.slackAccounts;
if(Array.isArray(data20)){
if(data20.length < 1){
const err47 = {instancePath:instancePath+"/slackAccounts",schemaPath:"#/properties/slackAccounts/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema56.properties.slackAccounts,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
const len3 = data20.length;
for(let i3=0; i3<len3; i3++){
let data21 = data20[i3];
if(typeof data21 === "string"){
if(func2(data21) < 1){
const err48 = {instancePath:instancePath+"/slackAccounts/" + i3,schemaPath:"#/properties/slackAccounts/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.slackAccounts.items,data:data21};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!pattern26.test(data21)){
const err49 = {instancePath:instancePath+"/slackAccounts/" + i3,schemaPath:"#/properties/slackAccounts/items/pattern",keyword:"pattern",params:{pattern: "^[^\\s/]+$"},message:"must match pattern \""+"^[^\\s/]+$"+"\"",schema:"^[^\\s/]+$",parentSchema:schema56.properties.slackAccounts.items,data:data21};
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
const err50 = {instancePath:instancePath+"/slackAccounts/" + i3,schemaPath:"#/properties/slackAccounts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.slackAccounts.items.type,parentSchema:schema56.properties.slackAccounts.items,data:data21};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
let i4 = data20.length;
let j0;
if(i4 > 1){
const indices0 = {};
for(;i4--;){
let item0 = data20[i4];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err51 = {instancePath:instancePath+"/slackAccounts",schemaPath:"#/properties/slackAccounts/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i4+" are identical)",schema:true,parentSchema:schema56.properties.slackAccounts,data:data20};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
break;
}
indices0[item0] = i4;
}
}
}
else {
const err52 = {instancePath:instancePath+"/slackAccounts",schemaPath:"#/properties/slackAccounts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.slackAccounts.type,parentSchema:schema56.properties.slackAccounts,data:data20};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.cases !== undefined){
let data22 = data.cases;
if(Array.isArray(data22)){
const len4 = data22.length;
for(let i5=0; i5<len4; i5++){
let data23 = data22[i5];
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
if(data23.monitor === undefined){
const err53 = {instancePath:instancePath+"/cases/" + i5,schemaPath:"#/$defs/case/required",keyword:"required",params:{missingProperty: "monitor"},message:"must have required property '"+"monitor"+"'",schema:schema62.required,parentSchema:schema62,data:data23};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(data23.expect === undefined){
const err54 = {instancePath:instancePath+"/cases/" + i5,schemaPath:"#/$defs/case/required",keyword:"required",params:{missingProperty: "expect"},message:"must have required property '"+"expect"+"'",schema:schema62.required,parentSchema:schema62,data:data23};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
for(const key7 in data23){
if(!(((key7 === "name") || (key7 === "monitor")) || (key7 === "expect"))){
const err55 = {instancePath:instancePath+"/cases/" + i5,schemaPath:"#/$defs/case/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema62,data:data23};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data23.name !== undefined){
let data24 = data23.name;
if(typeof data24 !== "string"){
const err56 = {instancePath:instancePath+"/cases/" + i5+"/name",schemaPath:"#/$defs/case/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.name.type,parentSchema:schema62.properties.name,data:data24};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data23.monitor !== undefined){
let data25 = data23.monitor;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key8 in data25){
if(!(((((key8 === "severity") || (key8 === "team")) || (key8 === "service")) || (key8 === "env")) || (key8 === "tags"))){
const err57 = {instancePath:instancePath+"/cases/" + i5+"/monitor",schemaPath:"#/$defs/case/properties/monitor/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema62.properties.monitor,data:data25};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data25.severity !== undefined){
let data26 = data25.severity;
if(!(((((data26 === "sev1") || (data26 === "sev2")) || (data26 === "sev3")) || (data26 === "sev4")) || (data26 === "sev5"))){
const err58 = {instancePath:instancePath+"/cases/" + i5+"/monitor/severity",schemaPath:"#/$defs/case/properties/monitor/properties/severity/enum",keyword:"enum",params:{allowedValues: schema62.properties.monitor.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema62.properties.monitor.properties.severity.enum,parentSchema:schema62.properties.monitor.properties.severity,data:data26};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data25.team !== undefined){
let data27 = data25.team;
if(typeof data27 !== "string"){
const err59 = {instancePath:instancePath+"/cases/" + i5+"/monitor/team",schemaPath:"#/$defs/case/properties/monitor/properties/team/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.monitor.properties.team.type,parentSchema:schema62.properties.monitor.properties.team,data:data27};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
if(data25.service !== undefined){
let data28 = data25.service;
if(typeof data28 !== "string"){
const err60 = {instancePath:instancePath+"/cases/" + i5+"/monitor/service",schemaPath:"#/$defs/case/properties/monitor/properties/service/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.monitor.properties.service.type,parentSchema:schema62.properties.monitor.properties.service,data:data28};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data25.env !== undefined){
let data29 = data25.env;
if(typeof data29 !== "string"){
const err61 = {instancePath:instancePath+"/cases/" + i5+"/monitor/env",schemaPath:"#/$defs/case/properties/monitor/properties/env/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.monitor.properties.env.type,parentSchema:schema62.properties.monitor.properties.env,data:data29};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data25.tags !== undefined){
let data30 = data25.tags;
if(Array.isArray(data30)){
const len5 = data30.length;
for(let i6=0; i6<len5; i6++){
let data31 = data30[i6];
if(typeof data31 !== "string"){
const err62 = {instancePath:instancePath+"/cases/" + i5+"/monitor/tags/" + i6,schemaPath:"#/$defs/case/properties/monitor/properties/tags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.monitor.properties.tags.items.type,parentSchema:schema62.properties.monitor.properties.tags.items,data:data31};
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
const err63 = {instancePath:instancePath+"/cases/" + i5+"/monitor/tags",schemaPath:"#/$defs/case/properties/monitor/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.monitor.properties.tags.type,parentSchema:schema62.properties.monitor.properties.tags,data:data30};
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
const err64 = {instancePath:instancePath+"/cases/" + i5+"/monitor",schemaPath:"#/$defs/case/properties/monitor/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.properties.monitor.type,parentSchema:schema62.properties.monitor,data:data25};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data23.expect !== undefined){
let data32 = data23.expect;
if(Array.isArray(data32)){
const len6 = data32.length;
for(let i7=0; i7<len6; i7++){
let data33 = data32[i7];
if(typeof data33 === "string"){
if(!pattern27.test(data33)){
const err65 = {instancePath:instancePath+"/cases/" + i5+"/expect/" + i7,schemaPath:"#/$defs/case/properties/expect/items/pattern",keyword:"pattern",params:{pattern: "^(pagerduty|slack|email|webhook):.+$"},message:"must match pattern \""+"^(pagerduty|slack|email|webhook):.+$"+"\"",schema:"^(pagerduty|slack|email|webhook):.+$",parentSchema:schema62.properties.expect.items,data:data33};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/cases/" + i5+"/expect/" + i7,schemaPath:"#/$defs/case/properties/expect/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.expect.items.type,parentSchema:schema62.properties.expect.items,data:data33};
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
else {
const err67 = {instancePath:instancePath+"/cases/" + i5+"/expect",schemaPath:"#/$defs/case/properties/expect/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.expect.type,parentSchema:schema62.properties.expect,data:data32};
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
const err68 = {instancePath:instancePath+"/cases/" + i5,schemaPath:"#/$defs/case/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data:data23};
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
else {
const err69 = {instancePath:instancePath+"/cases",schemaPath:"#/properties/cases/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.cases.type,parentSchema:schema56.properties.cases,data:data22};
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
const err70 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const pagerdutyTeam = validate34;
const schema64 = {"type":"object","required":["id","name"],"additionalProperties":false,"properties":{"kind":{"const":"pagerduty-team"},"id":{"type":"string","minLength":1,"maxLength":100},"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":1000},"source":{"description":"Set by the loader: where the definition was written ({ file, line, col }). Not checked: vigil sets it itself, and reading it makes the loader work out the location, which it otherwise does only when something asks."}}};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema64.required,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "kind") || (key0 === "id")) || (key0 === "name")) || (key0 === "description")) || (key0 === "source"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("pagerduty-team" !== data0){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "pagerduty-team"},message:"must be equal to constant",schema:"pagerduty-team",parentSchema:schema64.properties.kind,data:data0};
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
let data1 = data.id;
if(typeof data1 === "string"){
if(func2(data1) > 100){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema64.properties.id,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.properties.id,data:data1};
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
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.id.type,parentSchema:schema64.properties.id,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func2(data2) > 255){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema64.properties.name,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func2(data2) < 1){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.properties.name,data:data2};
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
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.name.type,parentSchema:schema64.properties.name,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 === "string"){
if(func2(data3) > 1000){
const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema64.properties.description,data:data3};
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
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.description.type,parentSchema:schema64.properties.description,data:data3};
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
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const pagerdutyEscalationPolicy = validate35;
const schema65 = {"type":"object","required":["id","name","rules"],"additionalProperties":false,"properties":{"kind":{"const":"pagerduty-escalation-policy"},"id":{"type":"string","minLength":1,"maxLength":100},"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":1000},"source":{"description":"Set by the loader: where the definition was written ({ file, line, col }). Not checked: vigil sets it itself, and reading it makes the loader work out the location, which it otherwise does only when something asks."},"rules":{"type":"array","minItems":1,"items":{"type":"object","required":["delayMinutes","targets"],"additionalProperties":false,"properties":{"delayMinutes":{"type":"integer","minimum":1,"description":"Minutes before escalating to the next rule."},"targets":{"type":"array","minItems":1,"items":{"oneOf":[{"type":"object","required":["user"],"additionalProperties":false,"properties":{"user":{"type":"string","minLength":1,"description":"Email of an existing PagerDuty user, or a user id."}}},{"type":"object","required":["schedule"],"additionalProperties":false,"properties":{"schedule":{"type":"string","minLength":1,"description":"Name of an existing schedule, or a schedule id."}}}]}}}}},"loops":{"type":"integer","minimum":0,"maximum":9},"teams":{"type":"array","items":{"type":"string","minLength":1}}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.rules === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rules"},message:"must have required property '"+"rules"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "kind") || (key0 === "id")) || (key0 === "name")) || (key0 === "description")) || (key0 === "source")) || (key0 === "rules")) || (key0 === "loops")) || (key0 === "teams"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema65,data};
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
if("pagerduty-escalation-policy" !== data0){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "pagerduty-escalation-policy"},message:"must be equal to constant",schema:"pagerduty-escalation-policy",parentSchema:schema65.properties.kind,data:data0};
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
if(func2(data1) > 100){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema65.properties.id,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.id,data:data1};
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
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.id.type,parentSchema:schema65.properties.id,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func2(data2) > 255){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema65.properties.name,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data2) < 1){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.name,data:data2};
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
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.name.type,parentSchema:schema65.properties.name,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 === "string"){
if(func2(data3) > 1000){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema65.properties.description,data:data3};
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
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.description.type,parentSchema:schema65.properties.description,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.rules !== undefined){
let data4 = data.rules;
if(Array.isArray(data4)){
if(data4.length < 1){
const err13 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema65.properties.rules,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.delayMinutes === undefined){
const err14 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "delayMinutes"},message:"must have required property '"+"delayMinutes"+"'",schema:schema65.properties.rules.items.required,parentSchema:schema65.properties.rules.items,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.targets === undefined){
const err15 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/required",keyword:"required",params:{missingProperty: "targets"},message:"must have required property '"+"targets"+"'",schema:schema65.properties.rules.items.required,parentSchema:schema65.properties.rules.items,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data5){
if(!((key1 === "delayMinutes") || (key1 === "targets"))){
const err16 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema65.properties.rules.items,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.delayMinutes !== undefined){
let data6 = data5.delayMinutes;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err17 = {instancePath:instancePath+"/rules/" + i0+"/delayMinutes",schemaPath:"#/properties/rules/items/properties/delayMinutes/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema65.properties.rules.items.properties.delayMinutes.type,parentSchema:schema65.properties.rules.items.properties.delayMinutes,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data6 == "number"){
if(data6 < 1 || isNaN(data6)){
const err18 = {instancePath:instancePath+"/rules/" + i0+"/delayMinutes",schemaPath:"#/properties/rules/items/properties/delayMinutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema65.properties.rules.items.properties.delayMinutes,data:data6};
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
if(data5.targets !== undefined){
let data7 = data5.targets;
if(Array.isArray(data7)){
if(data7.length < 1){
const err19 = {instancePath:instancePath+"/rules/" + i0+"/targets",schemaPath:"#/properties/rules/items/properties/targets/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema65.properties.rules.items.properties.targets,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
const _errs19 = errors;
let valid6 = false;
let passing0 = null;
const _errs20 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.user === undefined){
const err20 = {instancePath:instancePath+"/rules/" + i0+"/targets/" + i1,schemaPath:"#/properties/rules/items/properties/targets/items/oneOf/0/required",keyword:"required",params:{missingProperty: "user"},message:"must have required property '"+"user"+"'",schema:schema65.properties.rules.items.properties.targets.items.oneOf[0].required,parentSchema:schema65.properties.rules.items.properties.targets.items.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key2 in data8){
if(!(key2 === "user")){
const err21 = {instancePath:instancePath+"/rules/" + i0+"/targets/" + i1,schemaPath:"#/properties/rules/items/properties/targets/items/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema65.properties.rules.items.properties.targets.items.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data8.user !== undefined){
let data9 = data8.user;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err22 = {instancePath:instancePath+"/rules/" + i0+"/targets/" + i1+"/user",schemaPath:"#/properties/rules/items/properties/targets/items/oneOf/0/properties/user/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.rules.items.properties.targets.items.oneOf[0].properties.user,data:data9};
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
const err23 = {instancePath:instancePath+"/rules/" + i0+"/targets/" + i1+"/user",schemaPath:"#/properties/rules/items/properties/targets/items/oneOf/0/properties/user/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.rules.items.properties.targets.items.oneOf[0].properties.user.type,parentSchema:schema65.properties.rules.items.properties.targets.items.oneOf[0].properties.user,data:data9};
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
const err24 = {instancePath:instancePath+"/rules/" + i0+"/targets/" + i1,schemaPath:"#/properties/rules/items/properties/targets/items/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.properties.rules.items.properties.targets.items.oneOf[0].type,parentSchema:schema65.properties.rules.items.properties.targets.items.oneOf[0],data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
var _valid0 = _errs20 === errors;
if(_valid0){
valid6 = true;
passing0 = 0;
var props0 = true;
}
const _errs25 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.schedule === undefined){
const err25 = {instancePath:instancePath+"/rules/" + i0+"/targets/" + i1,schemaPath:"#/properties/rules/items/properties/targets/items/oneOf/1/required",keyword:"required",params:{missingProperty: "schedule"},message:"must have required property '"+"schedule"+"'",schema:schema65.properties.rules.items.properties.targets.items.oneOf[1].required,parentSchema:schema65.properties.rules.items.properties.targets.items.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key3 in data8){
if(!(key3 === "schedule")){
const err26 = {instancePath:instancePath+"/rules/" + i0+"/targets/" + i1,schemaPath:"#/properties/rules/items/properties/targets/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema65.properties.rules.items.properties.targets.items.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data8.schedule !== undefined){
let data10 = data8.schedule;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err27 = {instancePath:instancePath+"/rules/" + i0+"/targets/" + i1+"/schedule",schemaPath:"#/properties/rules/items/properties/targets/items/oneOf/1/properties/schedule/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.rules.items.properties.targets.items.oneOf[1].properties.schedule,data:data10};
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
const err28 = {instancePath:instancePath+"/rules/" + i0+"/targets/" + i1+"/schedule",schemaPath:"#/properties/rules/items/properties/targets/items/oneOf/1/properties/schedule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.rules.items.properties.targets.items.oneOf[1].properties.schedule.type,parentSchema:schema65.properties.rules.items.properties.targets.items.oneOf[1].properties.schedule,data:data10};
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
const err29 = {instancePath:instancePath+"/rules/" + i0+"/targets/" + i1,schemaPath:"#/properties/rules/items/properties/targets/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.properties.rules.items.properties.targets.items.oneOf[1].type,parentSchema:schema65.properties.rules.items.properties.targets.items.oneOf[1],data:data8};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
var _valid0 = _errs25 === errors;
if(_valid0 && valid6){
valid6 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid6 = true;
passing0 = 1;
if(props0 !== true){
props0 = true;
}
}
}
if(!valid6){
const err30 = {instancePath:instancePath+"/rules/" + i0+"/targets/" + i1,schemaPath:"#/properties/rules/items/properties/targets/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema65.properties.rules.items.properties.targets.items.oneOf,parentSchema:schema65.properties.rules.items.properties.targets.items,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
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
}
else {
const err31 = {instancePath:instancePath+"/rules/" + i0+"/targets",schemaPath:"#/properties/rules/items/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.rules.items.properties.targets.type,parentSchema:schema65.properties.rules.items.properties.targets,data:data7};
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
const err32 = {instancePath:instancePath+"/rules/" + i0,schemaPath:"#/properties/rules/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.properties.rules.items.type,parentSchema:schema65.properties.rules.items,data:data5};
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
else {
const err33 = {instancePath:instancePath+"/rules",schemaPath:"#/properties/rules/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.rules.type,parentSchema:schema65.properties.rules,data:data4};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.loops !== undefined){
let data11 = data.loops;
if(!((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11)))){
const err34 = {instancePath:instancePath+"/loops",schemaPath:"#/properties/loops/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema65.properties.loops.type,parentSchema:schema65.properties.loops,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(typeof data11 == "number"){
if(data11 > 9 || isNaN(data11)){
const err35 = {instancePath:instancePath+"/loops",schemaPath:"#/properties/loops/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9},message:"must be <= 9",schema:9,parentSchema:schema65.properties.loops,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err36 = {instancePath:instancePath+"/loops",schemaPath:"#/properties/loops/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema65.properties.loops,data:data11};
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
if(data.teams !== undefined){
let data12 = data.teams;
if(Array.isArray(data12)){
const len2 = data12.length;
for(let i2=0; i2<len2; i2++){
let data13 = data12[i2];
if(typeof data13 === "string"){
if(func2(data13) < 1){
const err37 = {instancePath:instancePath+"/teams/" + i2,schemaPath:"#/properties/teams/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.teams.items,data:data13};
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
const err38 = {instancePath:instancePath+"/teams/" + i2,schemaPath:"#/properties/teams/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.teams.items.type,parentSchema:schema65.properties.teams.items,data:data13};
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
const err39 = {instancePath:instancePath+"/teams",schemaPath:"#/properties/teams/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.teams.type,parentSchema:schema65.properties.teams,data:data12};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const pagerdutyService = validate36;
const schema66 = {"type":"object","required":["id","name","escalationPolicy"],"additionalProperties":false,"properties":{"kind":{"const":"pagerduty-service"},"id":{"type":"string","minLength":1,"maxLength":100},"name":{"type":"string","minLength":1,"maxLength":255},"description":{"type":"string","maxLength":1000},"source":{"description":"Set by the loader: where the definition was written ({ file, line, col }). Not checked: vigil sets it itself, and reading it makes the loader work out the location, which it otherwise does only when something asks."},"escalationPolicy":{"type":"string","minLength":1},"urgency":{"description":"One urgency for all hours, or one during support hours and another outside them.","oneOf":[{"enum":["high","low","severity_based"]},{"type":"object","additionalProperties":false,"required":["supportHours","during","outside"],"properties":{"supportHours":{"type":"object","additionalProperties":false,"required":["timeZone","days","start","end"],"description":"The days and hours the team works, in one time zone.","properties":{"timeZone":{"type":"string","minLength":1,"description":"IANA time zone, e.g. Europe/Berlin."},"days":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"integer","minimum":1,"maximum":7},"description":"ISO days of the week: 1 Monday ... 7 Sunday."},"start":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","description":"Local start time, HH:MM."},"end":{"type":"string","pattern":"^([01][0-9]|2[0-3]):[0-5][0-9]$","description":"Local end time, HH:MM, after start."}}},"during":{"enum":["high","low","severity_based"]},"outside":{"enum":["high","low","severity_based"]},"raiseAtStart":{"type":"boolean","description":"When support hours start, raise open incidents to high urgency. Needs during high and outside low."}}}]},"autoResolveTimeout":{"type":["integer","null"],"minimum":1},"acknowledgementTimeout":{"type":["integer","null"],"minimum":1},"adopt":{"type":"object","required":["pagerdutyId"],"additionalProperties":false,"description":"Take over this existing PagerDuty service on the next apply instead of creating one (written by vigil import). Not part of the payload.","properties":{"pagerdutyId":{"type":"string","pattern":"^P[A-Z0-9]{6}$","description":"The service's PagerDuty id: P and 6 uppercase letters or digits."}}}}};
const pattern30 = new RegExp("^P[A-Z0-9]{6}$", "u");

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
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
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.escalationPolicy === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "escalationPolicy"},message:"must have required property '"+"escalationPolicy"+"'",schema:schema66.required,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema66.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema66,data};
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
if("pagerduty-service" !== data0){
const err4 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "pagerduty-service"},message:"must be equal to constant",schema:"pagerduty-service",parentSchema:schema66.properties.kind,data:data0};
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
if(func2(data1) > 100){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema66.properties.id,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(func2(data1) < 1){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema66.properties.id,data:data1};
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
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.id.type,parentSchema:schema66.properties.id,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func2(data2) > 255){
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema66.properties.name,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(func2(data2) < 1){
const err9 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema66.properties.name,data:data2};
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
const err10 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.name.type,parentSchema:schema66.properties.name,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.description !== undefined){
let data3 = data.description;
if(typeof data3 === "string"){
if(func2(data3) > 1000){
const err11 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/maxLength",keyword:"maxLength",params:{limit: 1000},message:"must NOT have more than 1000 characters",schema:1000,parentSchema:schema66.properties.description,data:data3};
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
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.description.type,parentSchema:schema66.properties.description,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.escalationPolicy !== undefined){
let data4 = data.escalationPolicy;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err13 = {instancePath:instancePath+"/escalationPolicy",schemaPath:"#/properties/escalationPolicy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema66.properties.escalationPolicy,data:data4};
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
const err14 = {instancePath:instancePath+"/escalationPolicy",schemaPath:"#/properties/escalationPolicy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.escalationPolicy.type,parentSchema:schema66.properties.escalationPolicy,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.urgency !== undefined){
let data5 = data.urgency;
const _errs12 = errors;
let valid1 = false;
let passing0 = null;
const _errs13 = errors;
if(!(((data5 === "high") || (data5 === "low")) || (data5 === "severity_based"))){
const err15 = {instancePath:instancePath+"/urgency",schemaPath:"#/properties/urgency/oneOf/0/enum",keyword:"enum",params:{allowedValues: schema66.properties.urgency.oneOf[0].enum},message:"must be equal to one of the allowed values",schema:schema66.properties.urgency.oneOf[0].enum,parentSchema:schema66.properties.urgency.oneOf[0],data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs13 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs14 = errors;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.supportHours === undefined){
const err16 = {instancePath:instancePath+"/urgency",schemaPath:"#/properties/urgency/oneOf/1/required",keyword:"required",params:{missingProperty: "supportHours"},message:"must have required property '"+"supportHours"+"'",schema:schema66.properties.urgency.oneOf[1].required,parentSchema:schema66.properties.urgency.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data5.during === undefined){
const err17 = {instancePath:instancePath+"/urgency",schemaPath:"#/properties/urgency/oneOf/1/required",keyword:"required",params:{missingProperty: "during"},message:"must have required property '"+"during"+"'",schema:schema66.properties.urgency.oneOf[1].required,parentSchema:schema66.properties.urgency.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data5.outside === undefined){
const err18 = {instancePath:instancePath+"/urgency",schemaPath:"#/properties/urgency/oneOf/1/required",keyword:"required",params:{missingProperty: "outside"},message:"must have required property '"+"outside"+"'",schema:schema66.properties.urgency.oneOf[1].required,parentSchema:schema66.properties.urgency.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
for(const key1 in data5){
if(!((((key1 === "supportHours") || (key1 === "during")) || (key1 === "outside")) || (key1 === "raiseAtStart"))){
const err19 = {instancePath:instancePath+"/urgency",schemaPath:"#/properties/urgency/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema66.properties.urgency.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data5.supportHours !== undefined){
let data6 = data5.supportHours;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.timeZone === undefined){
const err20 = {instancePath:instancePath+"/urgency/supportHours",schemaPath:"#/properties/urgency/oneOf/1/properties/supportHours/required",keyword:"required",params:{missingProperty: "timeZone"},message:"must have required property '"+"timeZone"+"'",schema:schema66.properties.urgency.oneOf[1].properties.supportHours.required,parentSchema:schema66.properties.urgency.oneOf[1].properties.supportHours,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data6.days === undefined){
const err21 = {instancePath:instancePath+"/urgency/supportHours",schemaPath:"#/properties/urgency/oneOf/1/properties/supportHours/required",keyword:"required",params:{missingProperty: "days"},message:"must have required property '"+"days"+"'",schema:schema66.properties.urgency.oneOf[1].properties.supportHours.required,parentSchema:schema66.properties.urgency.oneOf[1].properties.supportHours,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data6.start === undefined){
const err22 = {instancePath:instancePath+"/urgency/supportHours",schemaPath:"#/properties/urgency/oneOf/1/properties/supportHours/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema66.properties.urgency.oneOf[1].properties.supportHours.required,parentSchema:schema66.properties.urgency.oneOf[1].properties.supportHours,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data6.end === undefined){
const err23 = {instancePath:instancePath+"/urgency/supportHours",schemaPath:"#/properties/urgency/oneOf/1/properties/supportHours/required",keyword:"required",params:{missingProperty: "end"},message:"must have required property '"+"end"+"'",schema:schema66.properties.urgency.oneOf[1].properties.supportHours.required,parentSchema:schema66.properties.urgency.oneOf[1].properties.supportHours,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 in data6){
if(!((((key2 === "timeZone") || (key2 === "days")) || (key2 === "start")) || (key2 === "end"))){
const err24 = {instancePath:instancePath+"/urgency/supportHours",schemaPath:"#/properties/urgency/oneOf/1/properties/supportHours/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema66.properties.urgency.oneOf[1].properties.supportHours,data:data6};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.timeZone !== undefined){
let data7 = data6.timeZone;
if(typeof data7 === "string"){
if(func2(data7) < 1){
const err25 = {instancePath:instancePath+"/urgency/supportHours/timeZone",schemaPath:"#/properties/urgency/oneOf/1/properties/supportHours/properties/timeZone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema66.properties.urgency.oneOf[1].properties.supportHours.properties.timeZone,data:data7};
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
const err26 = {instancePath:instancePath+"/urgency/supportHours/timeZone",schemaPath:"#/properties/urgency/oneOf/1/properties/supportHours/properties/timeZone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.urgency.oneOf[1].properties.supportHours.properties.timeZone.type,parentSchema:schema66.properties.urgency.oneOf[1].properties.supportHours.properties.timeZone,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data6.days !== undefined){
let data8 = data6.days;
if(Array.isArray(data8)){
if(data8.length < 1){
const err27 = {instancePath:instancePath+"/urgency/supportHours/days",schemaPath:"#/properties/urgency/oneOf/1/properties/supportHours/properties/days/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema66.properties.urgency.oneOf[1].properties.supportHours.properties.days,data:data8};
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
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err28 = {instancePath:instancePath+"/urgency/supportHours/days/" + i0,schemaPath:"#/properties/urgency/oneOf/1/properties/supportHours/properties/days/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema66.properties.urgency.oneOf[1].properties.supportHours.properties.days.items.type,parentSchema:schema66.properties.urgency.oneOf[1].properties.supportHours.properties.days.items,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(typeof data9 == "number"){
if(data9 > 7 || isNaN(data9)){
const err29 = {instancePath:instancePath+"/urgency/supportHours/days/" + i0,schemaPath:"#/properties/urgency/oneOf/1/properties/supportHours/properties/days/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 7},message:"must be <= 7",schema:7,parentSchema:schema66.properties.urgency.oneOf[1].properties.supportHours.properties.days.items,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err30 = {instancePath:instancePath+"/urgency/supportHours/days/" + i0,schemaPath:"#/properties/urgency/oneOf/1/properties/supportHours/properties/days/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema66.properties.urgency.oneOf[1].properties.supportHours.properties.days.items,data:data9};
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
let i1 = data8.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data8[i1];
if(!((typeof item0 == "number") && (!(item0 % 1) && !isNaN(item0)))){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err31 = {instancePath:instancePath+"/urgency/supportHours/days",schemaPath:"#/properties/urgency/oneOf/1/properties/supportHours/properties/days/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema66.properties.urgency.oneOf[1].properties.supportHours.properties.days,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err32 = {instancePath:instancePath+"/urgency/supportHours/days",schemaPath:"#/properties/urgency/oneOf/1/properties/supportHours/properties/days/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema66.properties.urgency.oneOf[1].properties.supportHours.properties.days.type,parentSchema:schema66.properties.urgency.oneOf[1].properties.supportHours.properties.days,data:data8};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data6.start !== undefined){
let data10 = data6.start;
if(typeof data10 === "string"){
if(!pattern11.test(data10)){
const err33 = {instancePath:instancePath+"/urgency/supportHours/start",schemaPath:"#/properties/urgency/oneOf/1/properties/supportHours/properties/start/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\"",schema:"^([01][0-9]|2[0-3]):[0-5][0-9]$",parentSchema:schema66.properties.urgency.oneOf[1].properties.supportHours.properties.start,data:data10};
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
const err34 = {instancePath:instancePath+"/urgency/supportHours/start",schemaPath:"#/properties/urgency/oneOf/1/properties/supportHours/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.urgency.oneOf[1].properties.supportHours.properties.start.type,parentSchema:schema66.properties.urgency.oneOf[1].properties.supportHours.properties.start,data:data10};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data6.end !== undefined){
let data11 = data6.end;
if(typeof data11 === "string"){
if(!pattern11.test(data11)){
const err35 = {instancePath:instancePath+"/urgency/supportHours/end",schemaPath:"#/properties/urgency/oneOf/1/properties/supportHours/properties/end/pattern",keyword:"pattern",params:{pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$"},message:"must match pattern \""+"^([01][0-9]|2[0-3]):[0-5][0-9]$"+"\"",schema:"^([01][0-9]|2[0-3]):[0-5][0-9]$",parentSchema:schema66.properties.urgency.oneOf[1].properties.supportHours.properties.end,data:data11};
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
const err36 = {instancePath:instancePath+"/urgency/supportHours/end",schemaPath:"#/properties/urgency/oneOf/1/properties/supportHours/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.urgency.oneOf[1].properties.supportHours.properties.end.type,parentSchema:schema66.properties.urgency.oneOf[1].properties.supportHours.properties.end,data:data11};
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
const err37 = {instancePath:instancePath+"/urgency/supportHours",schemaPath:"#/properties/urgency/oneOf/1/properties/supportHours/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.properties.urgency.oneOf[1].properties.supportHours.type,parentSchema:schema66.properties.urgency.oneOf[1].properties.supportHours,data:data6};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data5.during !== undefined){
let data12 = data5.during;
if(!(((data12 === "high") || (data12 === "low")) || (data12 === "severity_based"))){
const err38 = {instancePath:instancePath+"/urgency/during",schemaPath:"#/properties/urgency/oneOf/1/properties/during/enum",keyword:"enum",params:{allowedValues: schema66.properties.urgency.oneOf[1].properties.during.enum},message:"must be equal to one of the allowed values",schema:schema66.properties.urgency.oneOf[1].properties.during.enum,parentSchema:schema66.properties.urgency.oneOf[1].properties.during,data:data12};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data5.outside !== undefined){
let data13 = data5.outside;
if(!(((data13 === "high") || (data13 === "low")) || (data13 === "severity_based"))){
const err39 = {instancePath:instancePath+"/urgency/outside",schemaPath:"#/properties/urgency/oneOf/1/properties/outside/enum",keyword:"enum",params:{allowedValues: schema66.properties.urgency.oneOf[1].properties.outside.enum},message:"must be equal to one of the allowed values",schema:schema66.properties.urgency.oneOf[1].properties.outside.enum,parentSchema:schema66.properties.urgency.oneOf[1].properties.outside,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data5.raiseAtStart !== undefined){
let data14 = data5.raiseAtStart;
if(typeof data14 !== "boolean"){
const err40 = {instancePath:instancePath+"/urgency/raiseAtStart",schemaPath:"#/properties/urgency/oneOf/1/properties/raiseAtStart/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema66.properties.urgency.oneOf[1].properties.raiseAtStart.type,parentSchema:schema66.properties.urgency.oneOf[1].properties.raiseAtStart,data:data14};
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
const err41 = {instancePath:instancePath+"/urgency",schemaPath:"#/properties/urgency/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.properties.urgency.oneOf[1].type,parentSchema:schema66.properties.urgency.oneOf[1],data:data5};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
var _valid0 = _errs14 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err42 = {instancePath:instancePath+"/urgency",schemaPath:"#/properties/urgency/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema66.properties.urgency.oneOf,parentSchema:schema66.properties.urgency,data:data5};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
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
if(data.autoResolveTimeout !== undefined){
let data15 = data.autoResolveTimeout;
if((!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))) && (data15 !== null)){
const err43 = {instancePath:instancePath+"/autoResolveTimeout",schemaPath:"#/properties/autoResolveTimeout/type",keyword:"type",params:{type: schema66.properties.autoResolveTimeout.type},message:"must be integer,null",schema:schema66.properties.autoResolveTimeout.type,parentSchema:schema66.properties.autoResolveTimeout,data:data15};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(typeof data15 == "number"){
if(data15 < 1 || isNaN(data15)){
const err44 = {instancePath:instancePath+"/autoResolveTimeout",schemaPath:"#/properties/autoResolveTimeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema66.properties.autoResolveTimeout,data:data15};
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
if(data.acknowledgementTimeout !== undefined){
let data16 = data.acknowledgementTimeout;
if((!((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16)))) && (data16 !== null)){
const err45 = {instancePath:instancePath+"/acknowledgementTimeout",schemaPath:"#/properties/acknowledgementTimeout/type",keyword:"type",params:{type: schema66.properties.acknowledgementTimeout.type},message:"must be integer,null",schema:schema66.properties.acknowledgementTimeout.type,parentSchema:schema66.properties.acknowledgementTimeout,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(typeof data16 == "number"){
if(data16 < 1 || isNaN(data16)){
const err46 = {instancePath:instancePath+"/acknowledgementTimeout",schemaPath:"#/properties/acknowledgementTimeout/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema66.properties.acknowledgementTimeout,data:data16};
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
if(data.adopt !== undefined){
let data17 = data.adopt;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.pagerdutyId === undefined){
const err47 = {instancePath:instancePath+"/adopt",schemaPath:"#/properties/adopt/required",keyword:"required",params:{missingProperty: "pagerdutyId"},message:"must have required property '"+"pagerdutyId"+"'",schema:schema66.properties.adopt.required,parentSchema:schema66.properties.adopt,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
for(const key3 in data17){
if(!(key3 === "pagerdutyId")){
const err48 = {instancePath:instancePath+"/adopt",schemaPath:"#/properties/adopt/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema66.properties.adopt,data:data17};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data17.pagerdutyId !== undefined){
let data18 = data17.pagerdutyId;
if(typeof data18 === "string"){
if(!pattern30.test(data18)){
const err49 = {instancePath:instancePath+"/adopt/pagerdutyId",schemaPath:"#/properties/adopt/properties/pagerdutyId/pattern",keyword:"pattern",params:{pattern: "^P[A-Z0-9]{6}$"},message:"must match pattern \""+"^P[A-Z0-9]{6}$"+"\"",schema:"^P[A-Z0-9]{6}$",parentSchema:schema66.properties.adopt.properties.pagerdutyId,data:data18};
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
const err50 = {instancePath:instancePath+"/adopt/pagerdutyId",schemaPath:"#/properties/adopt/properties/pagerdutyId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema66.properties.adopt.properties.pagerdutyId.type,parentSchema:schema66.properties.adopt.properties.pagerdutyId,data:data18};
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
const err51 = {instancePath:instancePath+"/adopt",schemaPath:"#/properties/adopt/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.properties.adopt.type,parentSchema:schema66.properties.adopt,data:data17};
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
const err52 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.type,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}
validate36.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const notificationRule = validate37;
const schema67 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://vigil.dev/schemas/notification-rule.schema.json","title":"vigil monitor notification rule","description":"A Datadog monitor notification rule written by hand: a filter over monitor tags or a scope, and its recipients (at most 50), all or by condition.","type":"object","required":["id","name","filter"],"additionalProperties":false,"properties":{"kind":{"const":"notification-rule"},"id":{"type":"string","minLength":1},"name":{"type":"string","minLength":1,"description":"The rule's name in Datadog; vigil adds its ownership marker after it."},"filter":{"oneOf":[{"type":"object","required":["tags"],"additionalProperties":false,"properties":{"tags":{"type":"array","items":{"$ref":"#/$defs/tag"},"minItems":1}}},{"type":"object","required":["scope"],"additionalProperties":false,"properties":{"scope":{"type":"string","minLength":1}}}]},"recipients":{"$ref":"#/$defs/recipients"},"conditionalRecipients":{"type":"object","required":["conditions"],"additionalProperties":false,"properties":{"conditions":{"type":"array","minItems":1,"maxItems":10,"items":{"type":"object","required":["scope","recipients"],"additionalProperties":false,"properties":{"scope":{"type":"string","pattern":"^(transition_type:is_[a-z_]+|[^\\s:()]+:[^\\s()]+)$","description":"A monitor status, transition_type:is_alert (is_warning, is_no_data, is_recovery…), or one key:value tag."},"recipients":{"$ref":"#/$defs/recipients"}}}},"fallbackRecipients":{"$ref":"#/$defs/recipients"}}},"adopt":{"type":"object","required":["datadogId"],"additionalProperties":false,"properties":{"datadogId":{"type":"string","pattern":"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$","description":"The Datadog id (a UUID) of the rule to take over."}}},"source":{"description":"Set by the loader: where the definition was written ({ file, line, col }). Not checked."}},"oneOf":[{"required":["recipients"],"not":{"required":["conditionalRecipients"]}},{"required":["conditionalRecipients"],"not":{"required":["recipients"]}}],"$defs":{"tag":{"type":"string","minLength":1},"recipients":{"type":"array","minItems":1,"maxItems":50,"items":{"type":"string","pattern":"^@?[^@\\s][^\\s]*$","description":"A handle as a message writes it (@slack-ops, @pagerduty-ops, an email address); the @ is optional."}}}};
const schema68 = {"type":"string","minLength":1};
const schema69 = {"type":"array","minItems":1,"maxItems":50,"items":{"type":"string","pattern":"^@?[^@\\s][^\\s]*$","description":"A handle as a message writes it (@slack-ops, @pagerduty-ops, an email address); the @ is optional."}};
const pattern31 = new RegExp("^@?[^@\\s][^\\s]*$", "u");
const pattern32 = new RegExp("^(transition_type:is_[a-z_]+|[^\\s:()]+:[^\\s()]+)$", "u");
const pattern35 = new RegExp("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", "u");

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://vigil.dev/schemas/notification-rule.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = false;
let passing0 = null;
const _errs2 = errors;
const _errs3 = errors;
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.conditionalRecipients === undefined) && (missing0 = "conditionalRecipients")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid1 = _errs4 === errors;
if(valid1){
const err1 = {instancePath,schemaPath:"#/oneOf/0/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema67.oneOf[0].not,parentSchema:schema67.oneOf[0],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.recipients === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: "recipients"},message:"must have required property '"+"recipients"+"'",schema:schema67.oneOf[0].required,parentSchema:schema67.oneOf[0],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs2 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs5 = errors;
const _errs6 = errors;
const _errs7 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.recipients === undefined) && (missing1 = "recipients")){
const err3 = {};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var valid2 = _errs7 === errors;
if(valid2){
const err4 = {instancePath,schemaPath:"#/oneOf/1/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema67.oneOf[1].not,parentSchema:schema67.oneOf[1],data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.conditionalRecipients === undefined){
const err5 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "conditionalRecipients"},message:"must have required property '"+"conditionalRecipients"+"'",schema:schema67.oneOf[1].required,parentSchema:schema67.oneOf[1],data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err6 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema67.oneOf,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema67.required,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.name === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema67.required,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.filter === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "filter"},message:"must have required property '"+"filter"+"'",schema:schema67.required,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "kind") || (key0 === "id")) || (key0 === "name")) || (key0 === "filter")) || (key0 === "recipients")) || (key0 === "conditionalRecipients")) || (key0 === "adopt")) || (key0 === "source"))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema67,data};
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
if("notification-rule" !== data0){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "notification-rule"},message:"must be equal to constant",schema:"notification-rule",parentSchema:schema67.properties.kind,data:data0};
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
if(func2(data1) < 1){
const err12 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.properties.id,data:data1};
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
const err13 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.id.type,parentSchema:schema67.properties.id,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.name !== undefined){
let data2 = data.name;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err14 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.properties.name,data:data2};
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
const err15 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.name.type,parentSchema:schema67.properties.name,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.filter !== undefined){
let data3 = data.filter;
const _errs15 = errors;
let valid4 = false;
let passing1 = null;
const _errs16 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.tags === undefined){
const err16 = {instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/oneOf/0/required",keyword:"required",params:{missingProperty: "tags"},message:"must have required property '"+"tags"+"'",schema:schema67.properties.filter.oneOf[0].required,parentSchema:schema67.properties.filter.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key1 in data3){
if(!(key1 === "tags")){
const err17 = {instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema67.properties.filter.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data3.tags !== undefined){
let data4 = data3.tags;
if(Array.isArray(data4)){
if(data4.length < 1){
const err18 = {instancePath:instancePath+"/filter/tags",schemaPath:"#/properties/filter/oneOf/0/properties/tags/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema67.properties.filter.oneOf[0].properties.tags,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func2(data5) < 1){
const err19 = {instancePath:instancePath+"/filter/tags/" + i0,schemaPath:"#/$defs/tag/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema68,data:data5};
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
const err20 = {instancePath:instancePath+"/filter/tags/" + i0,schemaPath:"#/$defs/tag/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.type,parentSchema:schema68,data:data5};
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
const err21 = {instancePath:instancePath+"/filter/tags",schemaPath:"#/properties/filter/oneOf/0/properties/tags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.properties.filter.oneOf[0].properties.tags.type,parentSchema:schema67.properties.filter.oneOf[0].properties.tags,data:data4};
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
const err22 = {instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.properties.filter.oneOf[0].type,parentSchema:schema67.properties.filter.oneOf[0],data:data3};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
var _valid1 = _errs16 === errors;
if(_valid1){
valid4 = true;
passing1 = 0;
var props0 = true;
}
const _errs24 = errors;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.scope === undefined){
const err23 = {instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/oneOf/1/required",keyword:"required",params:{missingProperty: "scope"},message:"must have required property '"+"scope"+"'",schema:schema67.properties.filter.oneOf[1].required,parentSchema:schema67.properties.filter.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 in data3){
if(!(key2 === "scope")){
const err24 = {instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema67.properties.filter.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data3.scope !== undefined){
let data6 = data3.scope;
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err25 = {instancePath:instancePath+"/filter/scope",schemaPath:"#/properties/filter/oneOf/1/properties/scope/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema67.properties.filter.oneOf[1].properties.scope,data:data6};
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
const err26 = {instancePath:instancePath+"/filter/scope",schemaPath:"#/properties/filter/oneOf/1/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.filter.oneOf[1].properties.scope.type,parentSchema:schema67.properties.filter.oneOf[1].properties.scope,data:data6};
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
const err27 = {instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.properties.filter.oneOf[1].type,parentSchema:schema67.properties.filter.oneOf[1],data:data3};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
var _valid1 = _errs24 === errors;
if(_valid1 && valid4){
valid4 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid4 = true;
passing1 = 1;
if(props0 !== true){
props0 = true;
}
}
}
if(!valid4){
const err28 = {instancePath:instancePath+"/filter",schemaPath:"#/properties/filter/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema67.properties.filter.oneOf,parentSchema:schema67.properties.filter,data:data3};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
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
if(data.recipients !== undefined){
let data7 = data.recipients;
if(Array.isArray(data7)){
if(data7.length > 50){
const err29 = {instancePath:instancePath+"/recipients",schemaPath:"#/$defs/recipients/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema69,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data7.length < 1){
const err30 = {instancePath:instancePath+"/recipients",schemaPath:"#/$defs/recipients/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema69,data:data7};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
let data8 = data7[i1];
if(typeof data8 === "string"){
if(!pattern31.test(data8)){
const err31 = {instancePath:instancePath+"/recipients/" + i1,schemaPath:"#/$defs/recipients/items/pattern",keyword:"pattern",params:{pattern: "^@?[^@\\s][^\\s]*$"},message:"must match pattern \""+"^@?[^@\\s][^\\s]*$"+"\"",schema:"^@?[^@\\s][^\\s]*$",parentSchema:schema69.items,data:data8};
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
const err32 = {instancePath:instancePath+"/recipients/" + i1,schemaPath:"#/$defs/recipients/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.items.type,parentSchema:schema69.items,data:data8};
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
else {
const err33 = {instancePath:instancePath+"/recipients",schemaPath:"#/$defs/recipients/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.type,parentSchema:schema69,data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.conditionalRecipients !== undefined){
let data9 = data.conditionalRecipients;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.conditions === undefined){
const err34 = {instancePath:instancePath+"/conditionalRecipients",schemaPath:"#/properties/conditionalRecipients/required",keyword:"required",params:{missingProperty: "conditions"},message:"must have required property '"+"conditions"+"'",schema:schema67.properties.conditionalRecipients.required,parentSchema:schema67.properties.conditionalRecipients,data:data9};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
for(const key3 in data9){
if(!((key3 === "conditions") || (key3 === "fallbackRecipients"))){
const err35 = {instancePath:instancePath+"/conditionalRecipients",schemaPath:"#/properties/conditionalRecipients/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema67.properties.conditionalRecipients,data:data9};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data9.conditions !== undefined){
let data10 = data9.conditions;
if(Array.isArray(data10)){
if(data10.length > 10){
const err36 = {instancePath:instancePath+"/conditionalRecipients/conditions",schemaPath:"#/properties/conditionalRecipients/properties/conditions/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema67.properties.conditionalRecipients.properties.conditions,data:data10};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(data10.length < 1){
const err37 = {instancePath:instancePath+"/conditionalRecipients/conditions",schemaPath:"#/properties/conditionalRecipients/properties/conditions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema67.properties.conditionalRecipients.properties.conditions,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const len2 = data10.length;
for(let i2=0; i2<len2; i2++){
let data11 = data10[i2];
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.scope === undefined){
const err38 = {instancePath:instancePath+"/conditionalRecipients/conditions/" + i2,schemaPath:"#/properties/conditionalRecipients/properties/conditions/items/required",keyword:"required",params:{missingProperty: "scope"},message:"must have required property '"+"scope"+"'",schema:schema67.properties.conditionalRecipients.properties.conditions.items.required,parentSchema:schema67.properties.conditionalRecipients.properties.conditions.items,data:data11};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data11.recipients === undefined){
const err39 = {instancePath:instancePath+"/conditionalRecipients/conditions/" + i2,schemaPath:"#/properties/conditionalRecipients/properties/conditions/items/required",keyword:"required",params:{missingProperty: "recipients"},message:"must have required property '"+"recipients"+"'",schema:schema67.properties.conditionalRecipients.properties.conditions.items.required,parentSchema:schema67.properties.conditionalRecipients.properties.conditions.items,data:data11};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key4 in data11){
if(!((key4 === "scope") || (key4 === "recipients"))){
const err40 = {instancePath:instancePath+"/conditionalRecipients/conditions/" + i2,schemaPath:"#/properties/conditionalRecipients/properties/conditions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema67.properties.conditionalRecipients.properties.conditions.items,data:data11};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data11.scope !== undefined){
let data12 = data11.scope;
if(typeof data12 === "string"){
if(!pattern32.test(data12)){
const err41 = {instancePath:instancePath+"/conditionalRecipients/conditions/" + i2+"/scope",schemaPath:"#/properties/conditionalRecipients/properties/conditions/items/properties/scope/pattern",keyword:"pattern",params:{pattern: "^(transition_type:is_[a-z_]+|[^\\s:()]+:[^\\s()]+)$"},message:"must match pattern \""+"^(transition_type:is_[a-z_]+|[^\\s:()]+:[^\\s()]+)$"+"\"",schema:"^(transition_type:is_[a-z_]+|[^\\s:()]+:[^\\s()]+)$",parentSchema:schema67.properties.conditionalRecipients.properties.conditions.items.properties.scope,data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
else {
const err42 = {instancePath:instancePath+"/conditionalRecipients/conditions/" + i2+"/scope",schemaPath:"#/properties/conditionalRecipients/properties/conditions/items/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.conditionalRecipients.properties.conditions.items.properties.scope.type,parentSchema:schema67.properties.conditionalRecipients.properties.conditions.items.properties.scope,data:data12};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data11.recipients !== undefined){
let data13 = data11.recipients;
if(Array.isArray(data13)){
if(data13.length > 50){
const err43 = {instancePath:instancePath+"/conditionalRecipients/conditions/" + i2+"/recipients",schemaPath:"#/$defs/recipients/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema69,data:data13};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data13.length < 1){
const err44 = {instancePath:instancePath+"/conditionalRecipients/conditions/" + i2+"/recipients",schemaPath:"#/$defs/recipients/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema69,data:data13};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
const len3 = data13.length;
for(let i3=0; i3<len3; i3++){
let data14 = data13[i3];
if(typeof data14 === "string"){
if(!pattern31.test(data14)){
const err45 = {instancePath:instancePath+"/conditionalRecipients/conditions/" + i2+"/recipients/" + i3,schemaPath:"#/$defs/recipients/items/pattern",keyword:"pattern",params:{pattern: "^@?[^@\\s][^\\s]*$"},message:"must match pattern \""+"^@?[^@\\s][^\\s]*$"+"\"",schema:"^@?[^@\\s][^\\s]*$",parentSchema:schema69.items,data:data14};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/conditionalRecipients/conditions/" + i2+"/recipients/" + i3,schemaPath:"#/$defs/recipients/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.items.type,parentSchema:schema69.items,data:data14};
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
const err47 = {instancePath:instancePath+"/conditionalRecipients/conditions/" + i2+"/recipients",schemaPath:"#/$defs/recipients/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.type,parentSchema:schema69,data:data13};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/conditionalRecipients/conditions/" + i2,schemaPath:"#/properties/conditionalRecipients/properties/conditions/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.properties.conditionalRecipients.properties.conditions.items.type,parentSchema:schema67.properties.conditionalRecipients.properties.conditions.items,data:data11};
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
const err49 = {instancePath:instancePath+"/conditionalRecipients/conditions",schemaPath:"#/properties/conditionalRecipients/properties/conditions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.properties.conditionalRecipients.properties.conditions.type,parentSchema:schema67.properties.conditionalRecipients.properties.conditions,data:data10};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data9.fallbackRecipients !== undefined){
let data15 = data9.fallbackRecipients;
if(Array.isArray(data15)){
if(data15.length > 50){
const err50 = {instancePath:instancePath+"/conditionalRecipients/fallbackRecipients",schemaPath:"#/$defs/recipients/maxItems",keyword:"maxItems",params:{limit: 50},message:"must NOT have more than 50 items",schema:50,parentSchema:schema69,data:data15};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(data15.length < 1){
const err51 = {instancePath:instancePath+"/conditionalRecipients/fallbackRecipients",schemaPath:"#/$defs/recipients/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema69,data:data15};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
const len4 = data15.length;
for(let i4=0; i4<len4; i4++){
let data16 = data15[i4];
if(typeof data16 === "string"){
if(!pattern31.test(data16)){
const err52 = {instancePath:instancePath+"/conditionalRecipients/fallbackRecipients/" + i4,schemaPath:"#/$defs/recipients/items/pattern",keyword:"pattern",params:{pattern: "^@?[^@\\s][^\\s]*$"},message:"must match pattern \""+"^@?[^@\\s][^\\s]*$"+"\"",schema:"^@?[^@\\s][^\\s]*$",parentSchema:schema69.items,data:data16};
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
const err53 = {instancePath:instancePath+"/conditionalRecipients/fallbackRecipients/" + i4,schemaPath:"#/$defs/recipients/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.items.type,parentSchema:schema69.items,data:data16};
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
const err54 = {instancePath:instancePath+"/conditionalRecipients/fallbackRecipients",schemaPath:"#/$defs/recipients/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema69.type,parentSchema:schema69,data:data15};
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
const err55 = {instancePath:instancePath+"/conditionalRecipients",schemaPath:"#/properties/conditionalRecipients/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.properties.conditionalRecipients.type,parentSchema:schema67.properties.conditionalRecipients,data:data9};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.adopt !== undefined){
let data17 = data.adopt;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.datadogId === undefined){
const err56 = {instancePath:instancePath+"/adopt",schemaPath:"#/properties/adopt/required",keyword:"required",params:{missingProperty: "datadogId"},message:"must have required property '"+"datadogId"+"'",schema:schema67.properties.adopt.required,parentSchema:schema67.properties.adopt,data:data17};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
for(const key5 in data17){
if(!(key5 === "datadogId")){
const err57 = {instancePath:instancePath+"/adopt",schemaPath:"#/properties/adopt/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema67.properties.adopt,data:data17};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data17.datadogId !== undefined){
let data18 = data17.datadogId;
if(typeof data18 === "string"){
if(!pattern35.test(data18)){
const err58 = {instancePath:instancePath+"/adopt/datadogId",schemaPath:"#/properties/adopt/properties/datadogId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"},message:"must match pattern \""+"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"+"\"",schema:"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",parentSchema:schema67.properties.adopt.properties.datadogId,data:data18};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
else {
const err59 = {instancePath:instancePath+"/adopt/datadogId",schemaPath:"#/properties/adopt/properties/datadogId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.adopt.properties.datadogId.type,parentSchema:schema67.properties.adopt.properties.datadogId,data:data18};
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
else {
const err60 = {instancePath:instancePath+"/adopt",schemaPath:"#/properties/adopt/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.properties.adopt.type,parentSchema:schema67.properties.adopt,data:data17};
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
const err61 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.type,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const downtime = validate38;
const schema72 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://vigil.dev/schemas/downtime.schema.json","title":"vigil downtime","description":"A Datadog maintenance window (Downtimes v2) managed as code: one-off or recurring, scoped by query and by monitor.","type":"object","required":["id","schedule"],"additionalProperties":false,"properties":{"kind":{"const":"downtime"},"id":{"type":"string","minLength":1,"maxLength":100},"message":{"type":"string","description":"Why the window exists; vigil adds its ownership line below it.","maxLength":3500},"scope":{"type":"string","minLength":1,"description":"Groups muted, as a Datadog tag query, e.g. env:staging. Default *."},"monitor":{"type":"string","minLength":1,"description":"One monitor to mute, by vigil logical id."},"monitorTags":{"type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1},"description":"Mute every monitor carrying all these monitor tags, e.g. [\"env:staging\"]; [\"*\"] mutes every monitor."},"schedule":{"description":"One-off ({ start?, end? }, ISO 8601 with an offset), recurring ({ timeZone, recurrences: [{ rrule, duration, start }] }), or { outsideWorkingHours: { timeZone, from?, to? } }.","anyOf":[{"type":"object","title":"one-off window","additionalProperties":false,"properties":{"start":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$","description":"When the window opens, e.g. 2026-12-24T22:00:00Z. Default: when it is applied."},"end":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$","description":"When the window closes. Default: never (until cancelled)."}}},{"type":"object","title":"recurring window","required":["recurrences","timeZone"],"additionalProperties":false,"properties":{"timeZone":{"type":"string","minLength":1,"description":"IANA time zone the rules and starts are read in, e.g. Europe/Berlin."},"recurrences":{"type":"array","minItems":1,"items":{"type":"object","required":["rrule","duration","start"],"additionalProperties":false,"properties":{"rrule":{"type":"string","minLength":1,"description":"RFC 5545 rule parts, e.g. FREQ=WEEKLY;BYDAY=SA,SU (no DTSTART)."},"duration":{"type":"string","pattern":"^[1-9]\\d*[mhdw]$","description":"Length of each occurrence: 30m, 14h, 2d, 1w."},"start":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$","description":"First occurrence on the schedule's clock, without an offset: 2026-01-05T18:00."}}}}}},{"type":"object","title":"outside working hours","required":["outsideWorkingHours"],"additionalProperties":false,"properties":{"outsideWorkingHours":{"type":"object","required":["timeZone"],"additionalProperties":false,"properties":{"timeZone":{"type":"string","minLength":1,"description":"IANA time zone of the working hours, e.g. Europe/Berlin."},"from":{"type":"string","pattern":"^([01]\\d|2[0-3]):[0-5]\\d$","description":"Local start of the working day, HH:MM. Default 08:00."},"to":{"type":"string","pattern":"^([01]\\d|2[0-3]):[0-5]\\d$","description":"Local end of the working day, HH:MM, later than from. Default 18:00."}}}}}]},"notifyEndStates":{"type":"array","uniqueItems":true,"items":{"enum":["alert","no data","warn"]}},"notifyEndTypes":{"type":"array","uniqueItems":true,"items":{"enum":["canceled","expired"]}},"muteFirstRecoveryNotification":{"type":"boolean"},"adopt":{"type":"object","required":["datadogId"],"additionalProperties":false,"description":"Take over an existing Datadog downtime (written by vigil import). Not part of the payload.","properties":{"datadogId":{"type":"string","pattern":"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$","description":"The downtime's id in Datadog (a UUID)."}}},"source":{"description":"Set by the loader: where the definition was written ({ file, line, col })."}}};
const pattern36 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$", "u");
const pattern38 = new RegExp("^[1-9]\\d*[mhdw]$", "u");
const pattern39 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$", "u");
const pattern40 = new RegExp("^([01]\\d|2[0-3]):[0-5]\\d$", "u");
const pattern42 = new RegExp("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", "u");

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://vigil.dev/schemas/downtime.schema.json" */;
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
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.schedule === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schedule"},message:"must have required property '"+"schedule"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema72.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if("downtime" !== data0){
const err3 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "downtime"},message:"must be equal to constant",schema:"downtime",parentSchema:schema72.properties.kind,data:data0};
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
let data1 = data.id;
if(typeof data1 === "string"){
if(func2(data1) > 100){
const err4 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema72.properties.id,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func2(data1) < 1){
const err5 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.id,data:data1};
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
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.id.type,parentSchema:schema72.properties.id,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.message !== undefined){
let data2 = data.message;
if(typeof data2 === "string"){
if(func2(data2) > 3500){
const err7 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/maxLength",keyword:"maxLength",params:{limit: 3500},message:"must NOT have more than 3500 characters",schema:3500,parentSchema:schema72.properties.message,data:data2};
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
const err8 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.message.type,parentSchema:schema72.properties.message,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.scope !== undefined){
let data3 = data.scope;
if(typeof data3 === "string"){
if(func2(data3) < 1){
const err9 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.scope,data:data3};
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
const err10 = {instancePath:instancePath+"/scope",schemaPath:"#/properties/scope/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.scope.type,parentSchema:schema72.properties.scope,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.monitor !== undefined){
let data4 = data.monitor;
if(typeof data4 === "string"){
if(func2(data4) < 1){
const err11 = {instancePath:instancePath+"/monitor",schemaPath:"#/properties/monitor/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.monitor,data:data4};
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
const err12 = {instancePath:instancePath+"/monitor",schemaPath:"#/properties/monitor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.monitor.type,parentSchema:schema72.properties.monitor,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.monitorTags !== undefined){
let data5 = data.monitorTags;
if(Array.isArray(data5)){
if(data5.length < 1){
const err13 = {instancePath:instancePath+"/monitorTags",schemaPath:"#/properties/monitorTags/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema72.properties.monitorTags,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(typeof data6 === "string"){
if(func2(data6) < 1){
const err14 = {instancePath:instancePath+"/monitorTags/" + i0,schemaPath:"#/properties/monitorTags/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.monitorTags.items,data:data6};
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
const err15 = {instancePath:instancePath+"/monitorTags/" + i0,schemaPath:"#/properties/monitorTags/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.monitorTags.items.type,parentSchema:schema72.properties.monitorTags.items,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
let i1 = data5.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data5[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err16 = {instancePath:instancePath+"/monitorTags",schemaPath:"#/properties/monitorTags/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema72.properties.monitorTags,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err17 = {instancePath:instancePath+"/monitorTags",schemaPath:"#/properties/monitorTags/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema72.properties.monitorTags.type,parentSchema:schema72.properties.monitorTags,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.schedule !== undefined){
let data7 = data.schedule;
const _errs16 = errors;
let valid4 = false;
const _errs17 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key1 in data7){
if(!((key1 === "start") || (key1 === "end"))){
const err18 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/anyOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema72.properties.schedule.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data7.start !== undefined){
let data8 = data7.start;
if(typeof data8 === "string"){
if(!pattern36.test(data8)){
const err19 = {instancePath:instancePath+"/schedule/start",schemaPath:"#/properties/schedule/anyOf/0/properties/start/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema72.properties.schedule.anyOf[0].properties.start,data:data8};
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
const err20 = {instancePath:instancePath+"/schedule/start",schemaPath:"#/properties/schedule/anyOf/0/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.schedule.anyOf[0].properties.start.type,parentSchema:schema72.properties.schedule.anyOf[0].properties.start,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data7.end !== undefined){
let data9 = data7.end;
if(typeof data9 === "string"){
if(!pattern36.test(data9)){
const err21 = {instancePath:instancePath+"/schedule/end",schemaPath:"#/properties/schedule/anyOf/0/properties/end/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema72.properties.schedule.anyOf[0].properties.end,data:data9};
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
const err22 = {instancePath:instancePath+"/schedule/end",schemaPath:"#/properties/schedule/anyOf/0/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.schedule.anyOf[0].properties.end.type,parentSchema:schema72.properties.schedule.anyOf[0].properties.end,data:data9};
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
const err23 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.properties.schedule.anyOf[0].type,parentSchema:schema72.properties.schedule.anyOf[0],data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
var _valid0 = _errs17 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs24 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.recurrences === undefined){
const err24 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/anyOf/1/required",keyword:"required",params:{missingProperty: "recurrences"},message:"must have required property '"+"recurrences"+"'",schema:schema72.properties.schedule.anyOf[1].required,parentSchema:schema72.properties.schedule.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data7.timeZone === undefined){
const err25 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/anyOf/1/required",keyword:"required",params:{missingProperty: "timeZone"},message:"must have required property '"+"timeZone"+"'",schema:schema72.properties.schedule.anyOf[1].required,parentSchema:schema72.properties.schedule.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
for(const key2 in data7){
if(!((key2 === "timeZone") || (key2 === "recurrences"))){
const err26 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema72.properties.schedule.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data7.timeZone !== undefined){
let data10 = data7.timeZone;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err27 = {instancePath:instancePath+"/schedule/timeZone",schemaPath:"#/properties/schedule/anyOf/1/properties/timeZone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.schedule.anyOf[1].properties.timeZone,data:data10};
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
const err28 = {instancePath:instancePath+"/schedule/timeZone",schemaPath:"#/properties/schedule/anyOf/1/properties/timeZone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.schedule.anyOf[1].properties.timeZone.type,parentSchema:schema72.properties.schedule.anyOf[1].properties.timeZone,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data7.recurrences !== undefined){
let data11 = data7.recurrences;
if(Array.isArray(data11)){
if(data11.length < 1){
const err29 = {instancePath:instancePath+"/schedule/recurrences",schemaPath:"#/properties/schedule/anyOf/1/properties/recurrences/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema72.properties.schedule.anyOf[1].properties.recurrences,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
const len1 = data11.length;
for(let i2=0; i2<len1; i2++){
let data12 = data11[i2];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.rrule === undefined){
const err30 = {instancePath:instancePath+"/schedule/recurrences/" + i2,schemaPath:"#/properties/schedule/anyOf/1/properties/recurrences/items/required",keyword:"required",params:{missingProperty: "rrule"},message:"must have required property '"+"rrule"+"'",schema:schema72.properties.schedule.anyOf[1].properties.recurrences.items.required,parentSchema:schema72.properties.schedule.anyOf[1].properties.recurrences.items,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data12.duration === undefined){
const err31 = {instancePath:instancePath+"/schedule/recurrences/" + i2,schemaPath:"#/properties/schedule/anyOf/1/properties/recurrences/items/required",keyword:"required",params:{missingProperty: "duration"},message:"must have required property '"+"duration"+"'",schema:schema72.properties.schedule.anyOf[1].properties.recurrences.items.required,parentSchema:schema72.properties.schedule.anyOf[1].properties.recurrences.items,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data12.start === undefined){
const err32 = {instancePath:instancePath+"/schedule/recurrences/" + i2,schemaPath:"#/properties/schedule/anyOf/1/properties/recurrences/items/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema72.properties.schedule.anyOf[1].properties.recurrences.items.required,parentSchema:schema72.properties.schedule.anyOf[1].properties.recurrences.items,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
for(const key3 in data12){
if(!(((key3 === "rrule") || (key3 === "duration")) || (key3 === "start"))){
const err33 = {instancePath:instancePath+"/schedule/recurrences/" + i2,schemaPath:"#/properties/schedule/anyOf/1/properties/recurrences/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema72.properties.schedule.anyOf[1].properties.recurrences.items,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data12.rrule !== undefined){
let data13 = data12.rrule;
if(typeof data13 === "string"){
if(func2(data13) < 1){
const err34 = {instancePath:instancePath+"/schedule/recurrences/" + i2+"/rrule",schemaPath:"#/properties/schedule/anyOf/1/properties/recurrences/items/properties/rrule/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.schedule.anyOf[1].properties.recurrences.items.properties.rrule,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/schedule/recurrences/" + i2+"/rrule",schemaPath:"#/properties/schedule/anyOf/1/properties/recurrences/items/properties/rrule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.schedule.anyOf[1].properties.recurrences.items.properties.rrule.type,parentSchema:schema72.properties.schedule.anyOf[1].properties.recurrences.items.properties.rrule,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data12.duration !== undefined){
let data14 = data12.duration;
if(typeof data14 === "string"){
if(!pattern38.test(data14)){
const err36 = {instancePath:instancePath+"/schedule/recurrences/" + i2+"/duration",schemaPath:"#/properties/schedule/anyOf/1/properties/recurrences/items/properties/duration/pattern",keyword:"pattern",params:{pattern: "^[1-9]\\d*[mhdw]$"},message:"must match pattern \""+"^[1-9]\\d*[mhdw]$"+"\"",schema:"^[1-9]\\d*[mhdw]$",parentSchema:schema72.properties.schedule.anyOf[1].properties.recurrences.items.properties.duration,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/schedule/recurrences/" + i2+"/duration",schemaPath:"#/properties/schedule/anyOf/1/properties/recurrences/items/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.schedule.anyOf[1].properties.recurrences.items.properties.duration.type,parentSchema:schema72.properties.schedule.anyOf[1].properties.recurrences.items.properties.duration,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data12.start !== undefined){
let data15 = data12.start;
if(typeof data15 === "string"){
if(!pattern39.test(data15)){
const err38 = {instancePath:instancePath+"/schedule/recurrences/" + i2+"/start",schemaPath:"#/properties/schedule/anyOf/1/properties/recurrences/items/properties/start/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2})?$",parentSchema:schema72.properties.schedule.anyOf[1].properties.recurrences.items.properties.start,data:data15};
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
const err39 = {instancePath:instancePath+"/schedule/recurrences/" + i2+"/start",schemaPath:"#/properties/schedule/anyOf/1/properties/recurrences/items/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.schedule.anyOf[1].properties.recurrences.items.properties.start.type,parentSchema:schema72.properties.schedule.anyOf[1].properties.recurrences.items.properties.start,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/schedule/recurrences/" + i2,schemaPath:"#/properties/schedule/anyOf/1/properties/recurrences/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.properties.schedule.anyOf[1].properties.recurrences.items.type,parentSchema:schema72.properties.schedule.anyOf[1].properties.recurrences.items,data:data12};
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
const err41 = {instancePath:instancePath+"/schedule/recurrences",schemaPath:"#/properties/schedule/anyOf/1/properties/recurrences/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema72.properties.schedule.anyOf[1].properties.recurrences.type,parentSchema:schema72.properties.schedule.anyOf[1].properties.recurrences,data:data11};
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
const err42 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.properties.schedule.anyOf[1].type,parentSchema:schema72.properties.schedule.anyOf[1],data:data7};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid0 = _errs24 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
const _errs40 = errors;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.outsideWorkingHours === undefined){
const err43 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/anyOf/2/required",keyword:"required",params:{missingProperty: "outsideWorkingHours"},message:"must have required property '"+"outsideWorkingHours"+"'",schema:schema72.properties.schedule.anyOf[2].required,parentSchema:schema72.properties.schedule.anyOf[2],data:data7};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key4 in data7){
if(!(key4 === "outsideWorkingHours")){
const err44 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/anyOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema72.properties.schedule.anyOf[2],data:data7};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data7.outsideWorkingHours !== undefined){
let data16 = data7.outsideWorkingHours;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.timeZone === undefined){
const err45 = {instancePath:instancePath+"/schedule/outsideWorkingHours",schemaPath:"#/properties/schedule/anyOf/2/properties/outsideWorkingHours/required",keyword:"required",params:{missingProperty: "timeZone"},message:"must have required property '"+"timeZone"+"'",schema:schema72.properties.schedule.anyOf[2].properties.outsideWorkingHours.required,parentSchema:schema72.properties.schedule.anyOf[2].properties.outsideWorkingHours,data:data16};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
for(const key5 in data16){
if(!(((key5 === "timeZone") || (key5 === "from")) || (key5 === "to"))){
const err46 = {instancePath:instancePath+"/schedule/outsideWorkingHours",schemaPath:"#/properties/schedule/anyOf/2/properties/outsideWorkingHours/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema72.properties.schedule.anyOf[2].properties.outsideWorkingHours,data:data16};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data16.timeZone !== undefined){
let data17 = data16.timeZone;
if(typeof data17 === "string"){
if(func2(data17) < 1){
const err47 = {instancePath:instancePath+"/schedule/outsideWorkingHours/timeZone",schemaPath:"#/properties/schedule/anyOf/2/properties/outsideWorkingHours/properties/timeZone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema72.properties.schedule.anyOf[2].properties.outsideWorkingHours.properties.timeZone,data:data17};
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
const err48 = {instancePath:instancePath+"/schedule/outsideWorkingHours/timeZone",schemaPath:"#/properties/schedule/anyOf/2/properties/outsideWorkingHours/properties/timeZone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.schedule.anyOf[2].properties.outsideWorkingHours.properties.timeZone.type,parentSchema:schema72.properties.schedule.anyOf[2].properties.outsideWorkingHours.properties.timeZone,data:data17};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data16.from !== undefined){
let data18 = data16.from;
if(typeof data18 === "string"){
if(!pattern40.test(data18)){
const err49 = {instancePath:instancePath+"/schedule/outsideWorkingHours/from",schemaPath:"#/properties/schedule/anyOf/2/properties/outsideWorkingHours/properties/from/pattern",keyword:"pattern",params:{pattern: "^([01]\\d|2[0-3]):[0-5]\\d$"},message:"must match pattern \""+"^([01]\\d|2[0-3]):[0-5]\\d$"+"\"",schema:"^([01]\\d|2[0-3]):[0-5]\\d$",parentSchema:schema72.properties.schedule.anyOf[2].properties.outsideWorkingHours.properties.from,data:data18};
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
const err50 = {instancePath:instancePath+"/schedule/outsideWorkingHours/from",schemaPath:"#/properties/schedule/anyOf/2/properties/outsideWorkingHours/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.schedule.anyOf[2].properties.outsideWorkingHours.properties.from.type,parentSchema:schema72.properties.schedule.anyOf[2].properties.outsideWorkingHours.properties.from,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data16.to !== undefined){
let data19 = data16.to;
if(typeof data19 === "string"){
if(!pattern40.test(data19)){
const err51 = {instancePath:instancePath+"/schedule/outsideWorkingHours/to",schemaPath:"#/properties/schedule/anyOf/2/properties/outsideWorkingHours/properties/to/pattern",keyword:"pattern",params:{pattern: "^([01]\\d|2[0-3]):[0-5]\\d$"},message:"must match pattern \""+"^([01]\\d|2[0-3]):[0-5]\\d$"+"\"",schema:"^([01]\\d|2[0-3]):[0-5]\\d$",parentSchema:schema72.properties.schedule.anyOf[2].properties.outsideWorkingHours.properties.to,data:data19};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/schedule/outsideWorkingHours/to",schemaPath:"#/properties/schedule/anyOf/2/properties/outsideWorkingHours/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.schedule.anyOf[2].properties.outsideWorkingHours.properties.to.type,parentSchema:schema72.properties.schedule.anyOf[2].properties.outsideWorkingHours.properties.to,data:data19};
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
const err53 = {instancePath:instancePath+"/schedule/outsideWorkingHours",schemaPath:"#/properties/schedule/anyOf/2/properties/outsideWorkingHours/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.properties.schedule.anyOf[2].properties.outsideWorkingHours.type,parentSchema:schema72.properties.schedule.anyOf[2].properties.outsideWorkingHours,data:data16};
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
const err54 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.properties.schedule.anyOf[2].type,parentSchema:schema72.properties.schedule.anyOf[2],data:data7};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
var _valid0 = _errs40 === errors;
valid4 = valid4 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = true;
}
}
if(!valid4){
const err55 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema72.properties.schedule.anyOf,parentSchema:schema72.properties.schedule,data:data7};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
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
if(data.notifyEndStates !== undefined){
let data20 = data.notifyEndStates;
if(Array.isArray(data20)){
const len2 = data20.length;
for(let i3=0; i3<len2; i3++){
let data21 = data20[i3];
if(!(((data21 === "alert") || (data21 === "no data")) || (data21 === "warn"))){
const err56 = {instancePath:instancePath+"/notifyEndStates/" + i3,schemaPath:"#/properties/notifyEndStates/items/enum",keyword:"enum",params:{allowedValues: schema72.properties.notifyEndStates.items.enum},message:"must be equal to one of the allowed values",schema:schema72.properties.notifyEndStates.items.enum,parentSchema:schema72.properties.notifyEndStates.items,data:data21};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
let i4 = data20.length;
let j1;
if(i4 > 1){
outer0:
for(;i4--;){
for(j1 = i4; j1--;){
if(func0(data20[i4], data20[j1])){
const err57 = {instancePath:instancePath+"/notifyEndStates",schemaPath:"#/properties/notifyEndStates/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)",schema:true,parentSchema:schema72.properties.notifyEndStates,data:data20};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err58 = {instancePath:instancePath+"/notifyEndStates",schemaPath:"#/properties/notifyEndStates/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema72.properties.notifyEndStates.type,parentSchema:schema72.properties.notifyEndStates,data:data20};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
if(data.notifyEndTypes !== undefined){
let data22 = data.notifyEndTypes;
if(Array.isArray(data22)){
const len3 = data22.length;
for(let i5=0; i5<len3; i5++){
let data23 = data22[i5];
if(!((data23 === "canceled") || (data23 === "expired"))){
const err59 = {instancePath:instancePath+"/notifyEndTypes/" + i5,schemaPath:"#/properties/notifyEndTypes/items/enum",keyword:"enum",params:{allowedValues: schema72.properties.notifyEndTypes.items.enum},message:"must be equal to one of the allowed values",schema:schema72.properties.notifyEndTypes.items.enum,parentSchema:schema72.properties.notifyEndTypes.items,data:data23};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
let i6 = data22.length;
let j2;
if(i6 > 1){
outer1:
for(;i6--;){
for(j2 = i6; j2--;){
if(func0(data22[i6], data22[j2])){
const err60 = {instancePath:instancePath+"/notifyEndTypes",schemaPath:"#/properties/notifyEndTypes/uniqueItems",keyword:"uniqueItems",params:{i: i6, j: j2},message:"must NOT have duplicate items (items ## "+j2+" and "+i6+" are identical)",schema:true,parentSchema:schema72.properties.notifyEndTypes,data:data22};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err61 = {instancePath:instancePath+"/notifyEndTypes",schemaPath:"#/properties/notifyEndTypes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema72.properties.notifyEndTypes.type,parentSchema:schema72.properties.notifyEndTypes,data:data22};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data.muteFirstRecoveryNotification !== undefined){
let data24 = data.muteFirstRecoveryNotification;
if(typeof data24 !== "boolean"){
const err62 = {instancePath:instancePath+"/muteFirstRecoveryNotification",schemaPath:"#/properties/muteFirstRecoveryNotification/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema72.properties.muteFirstRecoveryNotification.type,parentSchema:schema72.properties.muteFirstRecoveryNotification,data:data24};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data.adopt !== undefined){
let data25 = data.adopt;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.datadogId === undefined){
const err63 = {instancePath:instancePath+"/adopt",schemaPath:"#/properties/adopt/required",keyword:"required",params:{missingProperty: "datadogId"},message:"must have required property '"+"datadogId"+"'",schema:schema72.properties.adopt.required,parentSchema:schema72.properties.adopt,data:data25};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
for(const key6 in data25){
if(!(key6 === "datadogId")){
const err64 = {instancePath:instancePath+"/adopt",schemaPath:"#/properties/adopt/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema72.properties.adopt,data:data25};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data25.datadogId !== undefined){
let data26 = data25.datadogId;
if(typeof data26 === "string"){
if(!pattern42.test(data26)){
const err65 = {instancePath:instancePath+"/adopt/datadogId",schemaPath:"#/properties/adopt/properties/datadogId/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"},message:"must match pattern \""+"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"+"\"",schema:"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$",parentSchema:schema72.properties.adopt.properties.datadogId,data:data26};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
else {
const err66 = {instancePath:instancePath+"/adopt/datadogId",schemaPath:"#/properties/adopt/properties/datadogId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema72.properties.adopt.properties.datadogId.type,parentSchema:schema72.properties.adopt.properties.datadogId,data:data26};
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
else {
const err67 = {instancePath:instancePath+"/adopt",schemaPath:"#/properties/adopt/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.properties.adopt.type,parentSchema:schema72.properties.adopt,data:data25};
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
const err68 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const sloCorrection = validate39;
const schema73 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://vigil.dev/schemas/slo-correction.schema.json","title":"vigil SLO correction","description":"An SLO status correction on an SLO vigil manages: time that does not count against it, once or recurring.","type":"object","required":["id","slo","category","schedule"],"additionalProperties":false,"properties":{"kind":{"const":"slo-correction"},"id":{"type":"string","minLength":1,"maxLength":100},"slo":{"type":"string","minLength":1,"description":"The SLO corrected, by vigil logical id."},"category":{"enum":["Scheduled Maintenance","Outside Business Hours","Deployment","Other"],"description":"Datadog's category of the correction."},"description":{"type":"string","description":"Why the time does not count; vigil adds its ownership line below it."},"schedule":{"type":"object","required":["start"],"additionalProperties":false,"description":"One-off ({ start, end }) or recurring ({ start, rrule, duration }); times are ISO 8601 with an offset.","properties":{"start":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$","description":"The first (or only) corrected window's start."},"end":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$","description":"One-off: the corrected window's end."},"rrule":{"type":"string","minLength":1,"description":"Recurring: RFC 5545 rule parts FREQ, INTERVAL, COUNT, UNTIL, BYDAY."},"duration":{"type":"string","pattern":"^[1-9]\\d*[mhdw]$","description":"Recurring: length of each corrected window: 30m, 2h, 1d, 1w."}}},"timeZone":{"type":"string","minLength":1,"description":"IANA time zone the rule is read in and Datadog shows times in. Default UTC."},"source":{"description":"Set by the loader: where the definition was written ({ file, line, col })."}}};

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://vigil.dev/schemas/slo-correction.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.slo === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "slo"},message:"must have required property '"+"slo"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.category === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "category"},message:"must have required property '"+"category"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.schedule === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "schedule"},message:"must have required property '"+"schedule"+"'",schema:schema73.required,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((((((key0 === "kind") || (key0 === "id")) || (key0 === "slo")) || (key0 === "category")) || (key0 === "description")) || (key0 === "schedule")) || (key0 === "timeZone")) || (key0 === "source"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema73,data};
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
if("slo-correction" !== data0){
const err5 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/const",keyword:"const",params:{allowedValue: "slo-correction"},message:"must be equal to constant",schema:"slo-correction",parentSchema:schema73.properties.kind,data:data0};
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
if(func2(data1) > 100){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema73.properties.id,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data1) < 1){
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema73.properties.id,data:data1};
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
const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.id.type,parentSchema:schema73.properties.id,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.slo !== undefined){
let data2 = data.slo;
if(typeof data2 === "string"){
if(func2(data2) < 1){
const err9 = {instancePath:instancePath+"/slo",schemaPath:"#/properties/slo/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema73.properties.slo,data:data2};
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
const err10 = {instancePath:instancePath+"/slo",schemaPath:"#/properties/slo/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.slo.type,parentSchema:schema73.properties.slo,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.category !== undefined){
let data3 = data.category;
if(!((((data3 === "Scheduled Maintenance") || (data3 === "Outside Business Hours")) || (data3 === "Deployment")) || (data3 === "Other"))){
const err11 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/enum",keyword:"enum",params:{allowedValues: schema73.properties.category.enum},message:"must be equal to one of the allowed values",schema:schema73.properties.category.enum,parentSchema:schema73.properties.category,data:data3};
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
let data4 = data.description;
if(typeof data4 !== "string"){
const err12 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.description.type,parentSchema:schema73.properties.description,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.schedule !== undefined){
let data5 = data.schedule;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.start === undefined){
const err13 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/required",keyword:"required",params:{missingProperty: "start"},message:"must have required property '"+"start"+"'",schema:schema73.properties.schedule.required,parentSchema:schema73.properties.schedule,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data5){
if(!((((key1 === "start") || (key1 === "end")) || (key1 === "rrule")) || (key1 === "duration"))){
const err14 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema73.properties.schedule,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data5.start !== undefined){
let data6 = data5.start;
if(typeof data6 === "string"){
if(!pattern36.test(data6)){
const err15 = {instancePath:instancePath+"/schedule/start",schemaPath:"#/properties/schedule/properties/start/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema73.properties.schedule.properties.start,data:data6};
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
const err16 = {instancePath:instancePath+"/schedule/start",schemaPath:"#/properties/schedule/properties/start/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.schedule.properties.start.type,parentSchema:schema73.properties.schedule.properties.start,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data5.end !== undefined){
let data7 = data5.end;
if(typeof data7 === "string"){
if(!pattern36.test(data7)){
const err17 = {instancePath:instancePath+"/schedule/end",schemaPath:"#/properties/schedule/properties/end/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$",parentSchema:schema73.properties.schedule.properties.end,data:data7};
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
const err18 = {instancePath:instancePath+"/schedule/end",schemaPath:"#/properties/schedule/properties/end/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.schedule.properties.end.type,parentSchema:schema73.properties.schedule.properties.end,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5.rrule !== undefined){
let data8 = data5.rrule;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err19 = {instancePath:instancePath+"/schedule/rrule",schemaPath:"#/properties/schedule/properties/rrule/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema73.properties.schedule.properties.rrule,data:data8};
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
const err20 = {instancePath:instancePath+"/schedule/rrule",schemaPath:"#/properties/schedule/properties/rrule/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.schedule.properties.rrule.type,parentSchema:schema73.properties.schedule.properties.rrule,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.duration !== undefined){
let data9 = data5.duration;
if(typeof data9 === "string"){
if(!pattern38.test(data9)){
const err21 = {instancePath:instancePath+"/schedule/duration",schemaPath:"#/properties/schedule/properties/duration/pattern",keyword:"pattern",params:{pattern: "^[1-9]\\d*[mhdw]$"},message:"must match pattern \""+"^[1-9]\\d*[mhdw]$"+"\"",schema:"^[1-9]\\d*[mhdw]$",parentSchema:schema73.properties.schedule.properties.duration,data:data9};
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
const err22 = {instancePath:instancePath+"/schedule/duration",schemaPath:"#/properties/schedule/properties/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.schedule.properties.duration.type,parentSchema:schema73.properties.schedule.properties.duration,data:data9};
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
const err23 = {instancePath:instancePath+"/schedule",schemaPath:"#/properties/schedule/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.properties.schedule.type,parentSchema:schema73.properties.schedule,data:data5};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.timeZone !== undefined){
let data10 = data.timeZone;
if(typeof data10 === "string"){
if(func2(data10) < 1){
const err24 = {instancePath:instancePath+"/timeZone",schemaPath:"#/properties/timeZone/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema73.properties.timeZone,data:data10};
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
const err25 = {instancePath:instancePath+"/timeZone",schemaPath:"#/properties/timeZone/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema73.properties.timeZone.type,parentSchema:schema73.properties.timeZone,data:data10};
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
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate39.errors = vErrors;
return errors === 0;
}
validate39.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

