/*
 * Copyright 2026 The camel-hfcamera Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelhfcamera.hfcamera.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every limit the document states, as a table: a document example of the command is changed at one field (the
 * field's path is the one the error must name), once to the edge value the document still allows and once to the
 * first value it refuses. {@link ValidationLimitsTest} checks each on the protocol model; the itests module (through
 * this module's test-jar) sends each through the {@code hfcamera:} endpoints.
 */
public final class ValidationLimits {

    private ValidationLimits() {
    }

    /** Stands for "field left out". */
    public static final Object ABSENT = new Object() {
        @Override
        public String toString() {
            return "absent";
        }
    };

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HfCodec CODEC = new HfCodec();

    /**
     * One limit: in {@code example}, after {@code presets}, {@code field} set to {@code accepted} passes and set to
     * {@code refused} fails with a message containing {@code limit}.
     */
    public record Limit(String example, Map<String, Object> presets, String field, Object accepted, Object refused,
                        String limit) {

        public Limit with(String path, Object value) {
            Map<String, Object> p = new LinkedHashMap<>(presets);
            p.put(path, value);
            return new Limit(example, p, field, accepted, refused, limit);
        }

        @Override
        public String toString() {
            return example.replaceFirst("\\.json$", "") + (presets.isEmpty() ? "" : " " + shortText(presets)) + ": "
                    + field + " " + shortText(accepted) + " accepted, " + shortText(refused) + " refused";
        }

        private static String shortText(Object o) {
            String s = String.valueOf(o);
            return s.length() > 40 ? s.substring(0, 20) + "...(" + s.length() + " chars)" : s;
        }
    }

    private static Limit limit(String example, String field, Object accepted, Object refused, String limit) {
        return new Limit(example, Map.of(), field, accepted, refused, limit);
    }

    private static final String MQTT = "10.1.3_UpMQTTconfig_1.json";
    private static final String SOUND = "10.2.3_UpSoundconfig.json";
    private static final String TIME = "10.3.3_SetSysTime.json";
    private static final String FACTORY = "10.5.1_SetFactoryDefault.json";
    private static final String RTSP = "10.6.3_SetRTSPCfg.json";
    private static final String RULES_GET = "10.8.1_GetDeploymentRulesconfig.json";
    private static final String RULES = "10.8.3_SetDeploymentRulesconfig.json";
    private static final String LINE = "10.10.3_SetLineDetectionConfig.json";
    private static final String FIELD = "10.11.3_SetFieldDetectionConfig.json";
    private static final String ALARM = "10.12.1_SetAlarmReset.json";
    private static final String SNAP = "11.1_GetSceneSnap.json";
    private static final String UPGRADE = "12.1_Upgrade.json";
    private static final String COUNT = "17.1.1_GetCount.json";
    private static final String RECORDS = "20.1_ManualPushRecords.json";
    private static final String SNAPS = "21.1_ManualPushSnaps.json";
    private static final String STATS = "22.1_TargetCountStatsCfg.json";
    private static final String RESET = "23.1_TargetResetCount.json";
    private static final String SEARCH = "04.4.2_SearchPerson.json";
    private static final String SEARCH_LIST = "04.4.3_SearchPersonList_1.json";
    private static final String DEL = "04.5_DelPerson.json";
    private static final String DEL_ALL = "04.7.1_DeleteAllPerson.json";
    private static final String DEL_BATCH = "04.6.1_DeletePersons.json";
    private static final String EDIT = "04.1_EditPerson_2.json";
    private static final String ADD = "04.2.1_AddPersons.json";
    private static final String EDIT_NEW = "04.3.1_EditPersonsNew.json";
    private static final String ONLINE_ACK = "07.2_Online-Ack.json";
    private static final String PUSH_ACK = "08.1_PushAck.json";

    private static final String ID_47 = "x".repeat(47);
    private static final String ID_48 = "x".repeat(48);
    private static final String DATE_TIME = "YYYY-MM-DD hh:mm:ss";

    public static List<Limit> limits() {
        List<Limit> l = new ArrayList<>();
        // 10.1 UpMQTTconfig
        l.add(limit(MQTT, "info.StrangerUploadType", 1, 2, "allowed 0..1"));
        l.add(limit(MQTT, "info.StrangerUploadType", 0, -1, "allowed 0..1"));
        l.add(limit(MQTT, "info.RecordUploadType", 2, 3, "allowed 0..2"));
        l.add(limit(MQTT, "info.RecordUploadType", 0, -1, "allowed 0..2"));
        l.add(limit(MQTT, "info.BehaviorUploadType", 4, 5, "allowed 0..4 or 255"));
        l.add(limit(MQTT, "info.BehaviorUploadType", 255, 256, "allowed 0..4 or 255"));
        l.add(limit(MQTT, "info.BehaviorUploadType", 255, 254, "allowed 0..4 or 255"));
        l.add(limit(MQTT, "info.BehaviorUploadType", 0, -1, "allowed 0..4 or 255"));
        l.add(limit(MQTT, "info.KeepAliveInterval", 20, 19, "allowed 20..300"));
        l.add(limit(MQTT, "info.KeepAliveInterval", 300, 301, "allowed 20..300"));
        l.add(limit(MQTT, "info.ResumefromBreakpoint", 1, 2, "allowed 0..1"));
        l.add(limit(MQTT, "info.ResumefromBreakpoint", 0, -1, "allowed 0..1"));
        l.add(limit(MQTT, "info.BeginTime", "2022-08-31 23:59:59", "2022-08-31 24:00:00", DATE_TIME));
        l.add(limit(MQTT, "info.BeginTime", "2024-02-29 00:00:00", "2023-02-29 00:00:00", DATE_TIME));
        l.add(limit(MQTT, "info.BeginTime", "2022-08-31 15:31:39", "2022-08-31T15:31:39", DATE_TIME));
        l.add(limit(MQTT, "info.ReConnect", 1, 2, "allowed 0..1"));
        l.add(limit(MQTT, "info.Reboot", 1, 2, "allowed 0..1"));
        l.add(limit(MQTT, "info.OnlineTopic", "mqtt/face/basic", "mqtt/face/+", "wildcards + and #"));
        l.add(limit(MQTT, "info.HeartbeatTopic", "mqtt/face/heartbeat", "mqtt/#", "wildcards + and #"));
        // 10.2 UpSoundconfig
        l.add(limit(SOUND, "info.VerifySuccAudio", 1, 2, "allowed 0..1"));
        l.add(limit(SOUND, "info.VerifySuccAudio", 0, -1, "allowed 0..1"));
        l.add(limit(SOUND, "info.Volume", 100, 101, "allowed 0..100"));
        l.add(limit(SOUND, "info.Volume", 0, -1, "allowed 0..100"));
        // 10.3 SetSysTime
        l.add(limit(TIME, "info.SysTime", "2020-04-01 17:59:54", ABSENT, "is required"));
        l.add(limit(TIME, "info.SysTime", "2020-12-31 23:59:59", "2020-12-31 23:59:60", DATE_TIME));
        l.add(limit(TIME, "info.SysTime", "2020-04-01 09:10:00", "2020-04-01 09-10-00", DATE_TIME));
        // 10.5 SetFactoryDefault
        l.add(limit(FACTORY, "info.DefaultNetPar", 1, 2, "allowed 0..1"));
        l.add(limit(FACTORY, "info.DefaultNetPar", 0, -1, "allowed 0..1"));
        l.add(limit(FACTORY, "info.DefaultPerson", 1, 2, "allowed 0..1"));
        // 10.6 SetRTSPCfg
        l.add(limit(RTSP, "info.OpenVerify", 1, 2, "allowed 0..1"));
        l.add(limit(RTSP, "info.PackSize", 1500, 1501, "allowed 1..1500"));
        l.add(limit(RTSP, "info.PackSize", 1, 0, "allowed 1..1500"));
        l.add(limit(RTSP, "info.RTSPPort", 65535, 65536, "allowed 1..65535"));
        l.add(limit(RTSP, "info.RTSPPort", 1, 0, "allowed 1..65535"));
        // 10.8 deployment rules
        l.add(limit(RULES_GET, "info.objectType", 1, 2, "allowed 0..1"));
        l.add(limit(RULES, "info.objectType", 0, -1, "allowed 0..1"));
        l.add(limit(RULES, "info.areaConf.scale", 10000, 10001, "fixes it at 10000"));
        l.add(limit(RULES, "info.areaConf.areas[0][4].x", 10000, 10001, "allowed 0..10000"));
        l.add(limit(RULES, "info.areaConf.areas[0][2].y", 0, -1, "allowed 0..10000"));
        l.add(limit(RULES, "info.areaConf.areas[0][0].x", 0, ABSENT, "is required"));
        l.add(limit(RULES, "info.algConf.scale", 10000, 9999, "fixes it at 10000"));
        l.add(limit(RULES, "info.algConf.minDetectWidth", 218, 217, "allowed 218..5000"));
        l.add(limit(RULES, "info.algConf.minDetectWidth", 5000, 5001, "allowed 218..5000"));
        l.add(limit(RULES, "info.algConf.minDetectHeight", 218, 217, "allowed 218..5000"));
        l.add(limit(RULES, "info.algConf.minDetectHeight", 5000, 5001, "allowed 218..5000"));
        l.add(limit(RULES, "info.algConf.maxDetectWidth", 218, 217, "allowed 218..10000"));
        l.add(limit(RULES, "info.algConf.maxDetectWidth", 10000, 10001, "allowed 218..10000"));
        l.add(limit(RULES, "info.algConf.maxDetectHeight", 218, 217, "allowed 218..10000"));
        l.add(limit(RULES, "info.algConf.maxDetectHeight", 10000, 10001, "allowed 218..10000"));
        // 10.10 tripwire and 10.11 area intrusion
        for (String ex : List.of(LINE, FIELD)) {
            l.add(limit(ex, "info.enable", 1, 2, "allowed 0..1"));
            l.add(limit(ex, "info.enable", 0, -1, "allowed 0..1"));
            l.add(limit(ex, "info.timeConf", days(7), days(8), "at most 7"));
            l.add(limit(ex, "info.timeConf[6].day", 6, 7, "allowed 0..6"));
            l.add(limit(ex, "info.timeConf[0].day", 0, -1, "allowed 0..6"));
            l.add(limit(ex, "info.timeConf[0].day", 0, ABSENT, "is required"));
            l.add(limit(ex, "info.timeConf[0].enable", 1, 2, "allowed 0..1"));
            l.add(limit(ex, "info.timeConf[3].times", periods(4), periods(5), "at most 4"));
            l.add(limit(ex, "info.timeConf[6].times[0].begin", "00:00:00", "24:00:00", "hh:mm:ss"));
            l.add(limit(ex, "info.timeConf[6].times[0].end", "23:59:59", "23:60:00", "hh:mm:ss"));
            l.add(limit(ex, "info.timeConf[6].times[0].end", "23:59:59", ABSENT, "is required"));
            l.add(limit(ex, "info.timeConf[1].times[1].enable", 1, 2, "allowed 0..1"));
            l.add(limit(ex, "info.linkConf.audio.enable", 1, 2, "allowed 0..1"));
            l.add(limit(ex, "info.linkConf.audio.times", 255, 256, "allowed 0..255"));
            l.add(limit(ex, "info.linkConf.audio.times", 0, -1, "allowed 0..255"));
            l.add(limit(ex, "info.linkConf.ioOut.time", 255, 256, "allowed 0..255"));
            l.add(limit(ex, "info.linkConf.ioOut.timeMs", 999, 1000, "allowed 0..999"));
            l.add(limit(ex, "info.linkConf.ioOut.timeMs", 0, -1, "allowed 0..999"));
            l.add(limit(ex, "info.linkConf.ioOut.noList[1]", 1, 2, "allowed 0..1"));
            l.add(limit(ex, "info.linkConf.ioOut.noEnable[0]", 0, -1, "allowed 0..1"));
            l.add(limit(ex, "info.linkConf.light.enable", 1, 2, "allowed 0..1"));
            l.add(limit(ex, "info.linkConf.light.time", 255, 256, "allowed 0..255"));
            l.add(limit(ex, "info.linkConf.mail.enable", 1, 2, "allowed 0..1"));
            l.add(limit(ex, "info.linkConf.ftp.enable", 1, 2, "allowed 0..1"));
            l.add(limit(ex, "info.algConf.sensitive", 100, 101, "allowed 1..100"));
            l.add(limit(ex, "info.algConf.sensitive", 1, 0, "allowed 1..100"));
        }
        l.add(limit(LINE, "info.lineConf.lineMaxNum", 4, 5, "fixes it at 4"));
        l.add(limit(LINE, "info.lineConf.lineType", 2, 1, "fixes it at 2"));
        l.add(limit(LINE, "info.lineConf.scale", 10000, 10001, "fixes it at 10000"));
        l.add(limit(LINE, "info.lineConf.lines", shapes(4, 2), shapes(5, 2), "at most 4"));
        l.add(limit(LINE, "info.lineConf.lines[2][0].x", 10000, 10001, "allowed 0..10000"));
        l.add(limit(LINE, "info.lineConf.lines[2][1].y", 0, -1, "allowed 0..10000"));
        l.add(limit(LINE, "info.lineConf.crossDirection", List.of(2, 2, 2, 2), List.of(2, 2, 2, 2, 2), "at most 4"));
        l.add(limit(LINE, "info.lineConf.crossDirection[2]", 0, 1, "same direction"));
        l.add(limit(LINE, "info.lineConf.crossDirection[1]", 2, 3, "allowed 0..2")
                .with("info.lineConf.crossDirection", List.of(2, 2, 2)));
        l.add(limit(FIELD, "info.areaConf.areaMaxNum", 4, 3, "fixes it at 4"));
        l.add(limit(FIELD, "info.areaConf.areaType", 1, 2, "fixes it at 1"));
        l.add(limit(FIELD, "info.areaConf.scale", 10000, 1000, "fixes it at 10000"));
        l.add(limit(FIELD, "info.areaConf.areas", shapes(4, 3), shapes(5, 3), "at most 4"));
        l.add(limit(FIELD, "info.areaConf.areas[1][3].y", 10000, 10001, "allowed 0..10000"));
        l.add(limit(FIELD, "info.areaConf.areas[0][0].x", 0, -1, "allowed 0..10000"));
        l.add(limit(FIELD, "info.areaConf.crossDirection", List.of(1, 1, 1, 1), List.of(1, 1, 1, 1, 1), "at most 4"));
        l.add(limit(FIELD, "info.areaConf.crossDirection[1]", 2, 0, "same direction"));
        l.add(limit(FIELD, "info.areaConf.crossDirection[0]", 2, 3, "allowed 0..2")
                .with("info.areaConf.crossDirection", List.of(2)));
        // 10.12 SetAlarmReset
        l.add(limit(ALARM, "info.EliminateTime", 1, 0, "greater than 0"));
        l.add(limit(ALARM, "info.EliminateTime", 3600, ABSENT, "is required"));
        // 11 GetSceneSnap
        l.add(limit(SNAP, "info.ImgType", 2, 3, "allowed 0..2"));
        l.add(limit(SNAP, "info.ImgType", 0, -1, "allowed 0..2"));
        l.add(limit(SNAP, "info.ImgQuality", 55, 54, "allowed 55..100"));
        l.add(limit(SNAP, "info.ImgQuality", 100, 101, "allowed 55..100"));
        // 12.1 Upgrade
        l.add(limit(UPGRADE, "info.upgradeType", 1, 0, "allowed 1..5"));
        l.add(limit(UPGRADE, "info.upgradeType", 5, 6, "allowed 1..5").with("info.path", "https://h/licence.lic"));
        l.add(limit(UPGRADE, "info.path", "https://h/fw.udx", "https://h/fw.lic", "does not end in .udx"));
        l.add(limit(UPGRADE, "info.path", "https://h/fw.udx", "https://h/fw.udx.bin", "does not end in .udx"));
        l.add(limit(UPGRADE, "info.path", "https://h/licence.lic", "https://h/fw.udx", "does not end in .lic")
                .with("info.upgradeType", 5));
        l.add(limit(UPGRADE, "info.path", "https://h/fw.udx", ABSENT, "is required"));
        l.add(limit(UPGRADE, "info.name", "v2", ABSENT, "is required"));
        // 17.1 GetCount
        l.add(limit(COUNT, "info.objectType", 1, 2, "allowed 0..1"));
        l.add(limit(COUNT, "info.behaviourDirection", 2, 3, "allowed 0..2"));
        l.add(limit(COUNT, "info.behaviourDirection", 0, -1, "allowed 0..2"));
        // 20, 21 ManualPushRecords / ManualPushSnaps
        for (String ex : List.of(RECORDS, SNAPS)) {
            l.add(limit(ex, "info.TimeS", "2023-09-22 00:00:00", ABSENT, "is required"));
            l.add(limit(ex, "info.TimeE", "2023-09-22 23:59:59", ABSENT, "is required"));
            l.add(limit(ex, "info.TimeS", "2023-09-22 00:00:00", "2023-09-22T00:00:00", DATE_TIME));
            l.add(limit(ex, "info.TimeE", "2023-09-22 23:59:59", "2023-09-22 23:59", DATE_TIME));
            l.add(limit(ex, "info.TimeS", "2023-09-22 23:59:59", "2023-09-23 00:00:00", "must not be later"));
        }
        // 22 TargetCountStatsCfg
        l.add(limit(STATS, "info.deviceId", "1006498", ABSENT, "is required"));
        l.add(limit(STATS, "info.enable", 1, 2, "allowed 0..1"));
        l.add(limit(STATS, "info.enable", 0, ABSENT, "is required"));
        l.add(limit(STATS, "info.autoResetMode", 3, 4, "allowed 0..3").with("info.resetDay", 1));
        l.add(limit(STATS, "info.autoResetMode", 0, -1, "allowed 0..3"));
        l.add(limit(STATS, "info.autoResetMode", 1, ABSENT, "is required"));
        l.add(limit(STATS, "info.resetDay", 0, ABSENT, "is required"));
        l.add(limit(STATS, "info.resetDay", 6, 7, "weekday 0..6").with("info.autoResetMode", 2));
        l.add(limit(STATS, "info.resetDay", 0, -1, "weekday 0..6").with("info.autoResetMode", 2));
        l.add(limit(STATS, "info.resetDay", 31, 32, "day of the month 1..31").with("info.autoResetMode", 3));
        l.add(limit(STATS, "info.resetDay", 1, 0, "day of the month 1..31").with("info.autoResetMode", 3));
        l.add(limit(STATS, "info.resetTime", "23:59:59", "24:00:00", "hh:mm:ss"));
        l.add(limit(STATS, "info.resetTime", "00:00:00", ABSENT, "is required"));
        // 23 TargetResetCount
        l.add(limit(RESET, "info.deviceId", "1006498", ABSENT, "is required"));
        // 4.4.2 SearchPerson, 4.5 DelPerson, 4.7 DeleteAllPerson
        l.add(limit(SEARCH, "info.customId", ID_47, ID_48, "the limit is 47 (48 including the terminator)"));
        l.add(limit(SEARCH, "info.customId", "a", ABSENT, "is required"));
        l.add(limit(SEARCH, "info.Picture", 1, 2, "allowed 0..1"));
        l.add(limit(DEL, "info.customId", ID_47, ID_48, "the limit is 47 (48 including the terminator)"));
        l.add(limit(DEL, "info.customId", "a", ABSENT, "is required"));
        l.add(limit(DEL_ALL, "info.deleteall", 1, 0, "must be 1"));
        l.add(limit(DEL_ALL, "info.deleteall", 1, ABSENT, "is required"));
        // 4.4.3 SearchPersonList
        l.add(limit(SEARCH_LIST, "info.personType", 2, 3, "allowed 0..2"));
        l.add(limit(SEARCH_LIST, "info.personType", 0, -1, "allowed 0..2"));
        l.add(limit(SEARCH_LIST, "info.gender", 2, 3, "allowed 0..2"));
        l.add(limit(SEARCH_LIST, "info.gender", 0, -1, "allowed 0..2"));
        l.add(limit(SEARCH_LIST, "info.BeginTime", "2018-08-13 00:00:00", "2018-08-13", DATE_TIME));
        l.add(limit(SEARCH_LIST, "info.EndTime", "2022-08-04 23:59:59", "2022-13-04 23:59:59", DATE_TIME));
        l.add(limit(SEARCH_LIST, "info.RequestCount", 2000, 2001, "allowed 1..2000"));
        l.add(limit(SEARCH_LIST, "info.RequestCount", 1, 0, "allowed 1..2000"));
        l.add(limit(SEARCH_LIST, "info.BeginNO", 100, 101, "0 or a multiple of RequestCount (100)"));
        l.add(limit(SEARCH_LIST, "info.BeginNO", 0, -1, "must be 0 or more"));
        l.add(limit(SEARCH_LIST, "info.BeginNO", 60, 50, "0 or a multiple of RequestCount (30)")
                .with("info.RequestCount", 30));
        l.add(limit(SEARCH_LIST, "info.BeginNO", 200, 150, "0 or a multiple of RequestCount (100)")
                .with("info.RequestCount", ABSENT));
        l.add(limit(SEARCH_LIST, "info.name", "n".repeat(31), "n".repeat(32), "the limit is 31"));
        l.add(limit(SEARCH_LIST, "info.Picture", 1, 2, "allowed 0..1"));
        // 4.1 EditPerson
        l.add(limit(EDIT, "info.customId", ID_47, ID_48, "the limit is 47 (48 including the terminator)"));
        l.add(limit(EDIT, "info.customId", "a", ABSENT, "is required"));
        l.add(limit(EDIT, "info.name", "n".repeat(31), "n".repeat(32), "the limit is 31 (32 including the terminator)"));
        l.add(limit(EDIT, "info.name", "张".repeat(10), "张".repeat(11), "33 bytes long (UTF-8); the limit is 31"));
        l.add(limit(EDIT, "info.personType", 1, 2, "allowed 0..1"));
        l.add(limit(EDIT, "info.personType", 0, -1, "allowed 0..1"));
        l.add(limit(EDIT, "info.gender", 1, 2, "allowed 0..1"));
        l.add(limit(EDIT, "info.idCard", "1".repeat(31), "1".repeat(32), "the limit is 31 (32 including the terminator)"));
        l.add(limit(EDIT, "info.telnum1", "1".repeat(31), "1".repeat(32), "the limit is 31 (32 including the terminator)"));
        l.add(limit(EDIT, "info.address", "a".repeat(71), "a".repeat(72), "the limit is 71 (72 including the terminator)"));
        l.add(limit(EDIT, "info.birthday", "1992-02-29", "1993-02-29", "YYYY-MM-DD"));
        l.add(limit(EDIT, "info.tempValid", 1, 2, "allowed 0..1"));
        l.add(limit(EDIT, "info.validBegin", "2023-11-10 00:00:00", "2023-11-10", DATE_TIME));
        l.add(limit(EDIT, "info.validEnd", "2023-12-10 23:59:59", "2023/12/10 23:59:59", DATE_TIME));
        l.add(limit(EDIT, "info.effectNumber", 10000, 10001, "allowed 1..10000, or 65535 (0xffff)"));
        l.add(limit(EDIT, "info.effectNumber", 1, 0, "allowed 1..10000, or 65535 (0xffff)"));
        l.add(limit(EDIT, "info.effectNumber", 65535, 65534, "allowed 1..10000, or 65535 (0xffff)"));
        l.add(limit(EDIT, "info.isCheckSimilarity", 1, 2, "allowed 0..1"));
        l.add(limit(EDIT, "info.pic", ABSENT, "data:image/jpeg;base64,QUJD", "give pic or picURI, not both"));
        String prefix = "data:image/jpeg;base64,";
        l.add(limit(EDIT, "info.pic", prefix + "A".repeat(Checks.ONE_MB - prefix.length()),
                prefix + "A".repeat(Checks.ONE_MB - prefix.length() + 1), "the limit is 1048576 (1 MB)")
                .with("info.picURI", ABSENT));
        // 4.2 AddPersons, 4.3 EditPersonsNew (per person)
        for (String ex : List.of(ADD, EDIT_NEW)) {
            l.add(limit(ex, "info[1].customId", ID_47, ID_48, "the limit is 47 (48 including the terminator)"));
            l.add(limit(ex, "info[0].customId", "a", ABSENT, "is required"));
            l.add(limit(ex, "info[1].customId", "another", "063c81e0fce184c696cdb7e049230f5e23dfqwx" + (ex.equals(ADD)
                    ? "c230000" : "230000"), "appears twice in one batch"));
            l.add(limit(ex, "info[1].pic", ABSENT, "QUJD", "by picURI only"));
            l.add(limit(ex, "info[1].personType", 1, 2, "allowed 0..1"));
            l.add(limit(ex, "info[1].name", "n".repeat(31), "n".repeat(32), "the limit is 31"));
        }
        l.add(limit(ADD, "info[1].picURI", "https://h/p.jpg", ABSENT, "is required: AddPersons adds a person only"));
        l.add(limit(ADD, "info", persons(1000), persons(1001), "a batch holds 1 to 1000 persons, got 1001"));
        l.add(limit(EDIT_NEW, "info", persons(1), persons(0), "a batch holds 1 to 1000 persons, got 0"));
        // 4.6 DeletePersons
        l.add(limit(DEL_BATCH, "info.customId", ids(200), ids(201), "takes 1 to 200 customIds, got 201"));
        l.add(limit(DEL_BATCH, "info.customId", ids(1), ids(0), "takes 1 to 200 customIds, got 0"));
        l.add(limit(DEL_BATCH, "info.customId[1]", ID_47, ID_48, "the limit is 47 (48 including the terminator)"));
        // 7.2 Online-Ack, 8 PushAck
        l.add(limit(ONLINE_ACK, "info.result", "ok", "fail", "allowed ok"));
        l.add(limit(ONLINE_ACK, "info.result", "ok", ABSENT, "is required"));
        l.add(limit(PUSH_ACK, "info.PushAckType", 3, 4, "allowed 1..3"));
        l.add(limit(PUSH_ACK, "info.PushAckType", 1, 0, "allowed 1..3"));
        l.add(limit(PUSH_ACK, "info.PushAckType", 2, ABSENT, "is required"));
        l.add(limit(PUSH_ACK, "info.SnapOrRecordID", 0, -1, "must be 0 or more"));
        l.add(limit(PUSH_ACK, "info.SnapOrRecordID", 1, ABSENT, "is required"));
        return l;
    }

    /** The operator of the limit's example. */
    public static Operator operator(Limit limit) {
        return DocumentExamples.operator(limit.example()).orElseThrow();
    }

    /** The field the refusal names: a batch's size is reported on PersonNum, which the codec writes from the list. */
    public static String reportedField(Limit limit) {
        boolean batch = DocumentExamples.operator(limit.example()).orElseThrow().isBatch();
        return batch && (limit.field().equals("info") || limit.field().equals("info.customId"))
                ? "PersonNum" : limit.field();
    }

    /** The limit's example after its presets, with {@code value} (or {@link #ABSENT}) at its field, decoded. */
    public static HfCommand command(Limit limit, Object value) {
        ObjectNode root = (ObjectNode) readTree(DocumentExamples.bytes(limit.example()));
        limit.presets().forEach((path, v) -> set(root, path, v));
        set(root, limit.field(), value);
        try {
            return (HfCommand) CODEC.decode(JSON.writeValueAsBytes(root)).info();
        } catch (java.io.IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static JsonNode readTree(byte[] b) {
        try {
            return JSON.readTree(b);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Pattern STEP = Pattern.compile("([^.\\[\\]]+)|\\[(\\d+)]");

    /** Sets (or with {@link #ABSENT} removes) the value at a path such as {@code info.lineConf.lines[2][0].x}. */
    public static void set(ObjectNode root, String path, Object value) {
        List<Object> steps = new ArrayList<>();
        Matcher m = STEP.matcher(path);
        while (m.find()) {
            steps.add(m.group(1) != null ? m.group(1) : (Object) Integer.valueOf(m.group(2)));
        }
        JsonNode node = root;
        for (Object step : steps.subList(0, steps.size() - 1)) {
            node = step instanceof Integer i ? node.get(i) : node.get((String) step);
            if (node == null) {
                throw new IllegalArgumentException(path + ": no " + step + " in the example");
            }
        }
        Object last = steps.get(steps.size() - 1);
        JsonNode v = value == ABSENT ? null : JSON.valueToTree(value);
        if (last instanceof Integer i) {
            ArrayNode a = (ArrayNode) node;
            if (v == null) {
                a.remove(i);
            } else if (i == a.size()) {
                a.add(v);
            } else {
                a.set(i, v);
            }
        } else if (v == null) {
            ((ObjectNode) node).remove((String) last);
        } else {
            ((ObjectNode) node).set((String) last, v);
        }
    }

    private static List<Map<String, Object>> days(int n) {
        return IntStream.range(0, n).mapToObj(d -> Map.<String, Object>of("day", d % 7, "times",
                periods(1), "enable", 1)).toList();
    }

    private static List<Map<String, Object>> periods(int n) {
        return IntStream.range(0, n).mapToObj(i -> Map.<String, Object>of("begin", String.format("%02d:00:00", i),
                "end", String.format("%02d:30:00", i))).toList();
    }

    private static List<List<Map<String, Object>>> shapes(int n, int points) {
        return Collections.nCopies(n, Collections.nCopies(points, Map.of("x", 100, "y", 200)));
    }

    private static List<Map<String, Object>> persons(int n) {
        return IntStream.range(0, n).mapToObj(i -> Map.<String, Object>of("customId", "p" + i, "name", "P" + i,
                "picURI", "https://h/" + i + ".jpg")).toList();
    }

    private static List<String> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> "id" + i).toList();
    }
}
