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
package io.github.camelhfcamera.hfcamera.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.camelhfcamera.hfcamera.protocol.HfCodec;
import io.github.camelhfcamera.hfcamera.protocol.model.DeploymentRulesConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.FieldDetectionConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.LineDetectionConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.MqttConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.RtspConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.SimCardInfo;
import io.github.camelhfcamera.hfcamera.protocol.model.SoundConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.TargetCountStatsConfig;

/**
 * What a camera remembers besides its persons: the configurations the commands of section 10 and 22 read and write,
 * the clock, the firmware, the SIM card and the head counts. Values are the core's model records; a set replaces
 * the stored record. Factory settings are the document's example values.
 */
final class DeviceState {

    private static final String LINE_DEFAULT = """
            {"enable":0,"lineConf":{"lineMaxNum":4,"lineType":2,"scale":10000,"crossDirection":[0],
             "lines":[[{"x":5809,"y":9687},{"x":9559,"y":5798}]]},
             "timeConf":[{"day":0,"times":[{"begin":"00:00:00","end":"23:59:59"}],"enable":1}],
             "linkConf":{"audio":{"enable":0,"times":1},"ioOut":{"time":2,"timeMs":0,"noList":[0,1],"noEnable":[]},
             "light":{"enable":0,"mode":0,"time":3},"mail":{"enable":0},"ftp":{"enable":0}},
             "algConf":{"sensitive":50,"detectionTarget":[]}}""";
    private static final String FIELD_DEFAULT = """
            {"enable":0,"areaConf":{"areaMaxNum":4,"areaType":1,"scale":10000,"crossDirection":[2],
             "areas":[[{"x":0,"y":0},{"x":10000,"y":0},{"x":10000,"y":10000},{"x":0,"y":10000}]]},
             "timeConf":[{"day":0,"times":[{"begin":"00:00:00","end":"23:59:59"}],"enable":1}],
             "linkConf":{"audio":{"enable":0,"times":1},"ioOut":{"time":2,"timeMs":0,"noList":[0,1],"noEnable":[]},
             "light":{"enable":0,"mode":0,"time":3},"mail":{"enable":0},"ftp":{"enable":0}},
             "algConf":{"sensitive":80,"detectionTarget":[]}}""";
    private static final String DEPLOYMENT_DEFAULT = """
            {"objectType":1,"areaConf":{"areaMaxNum":1,"areaType":1,"scale":10000,
             "areas":[[{"x":0,"y":0},{"x":10000,"y":0},{"x":10000,"y":10000},{"x":0,"y":10000}]]},
             "algConf":{"version":"18.0.1","scale":10000,"minDetectWidth":218,"minDetectHeight":387,
             "maxDetectWidth":9072,"maxDetectHeight":8861}}""";

    private final HfCodec codec;
    private final String onlineTopicDefault;
    private final String heartbeatTopicDefault;
    private final int keepAliveDefault;
    private final boolean resumeDefault;

    private MqttConfig mqtt;
    private SoundConfig sound;
    private RtspConfig rtsp;
    private DeploymentRulesConfig deploymentRules;
    private LineDetectionConfig line;
    private FieldDetectionConfig field;
    private TargetCountStatsConfig targetCount;
    private Duration clockOffset = Duration.ZERO;
    private Instant alarmResetUntil = Instant.EPOCH;
    private String firmwareName;
    private final String firmwareBuildTime = "2024-05-29 15:35:45";
    private final SimCardInfo simCard;
    private final Map<Integer, Integer> counts = new ConcurrentHashMap<>();
    private final String initialFirmware;

    DeviceState(HfCodec codec, String deviceId, int index, String onlineTopic, String heartbeatTopic,
                Duration heartbeatInterval, boolean resume, String firmware) {
        this.codec = codec;
        this.onlineTopicDefault = onlineTopic;
        this.heartbeatTopicDefault = heartbeatTopic;
        this.keepAliveDefault = (int) Math.max(1, Math.min(300, heartbeatInterval.toSeconds()));
        this.resumeDefault = resume;
        this.initialFirmware = firmware;
        this.simCard = SimCardInfo.builder()
                .imei(String.format("8608980%08d", index % 100_000_000))
                .iccid(String.format("898604A219%010d", index % 10_000_000_000L))
                .imsi(String.format("46008%010d", index % 10_000_000_000L))
                .build();
        factoryReset();
    }

    /** Restores every setting of this class (not the persons, not the network). */
    synchronized void factoryReset() {
        mqtt = MqttConfig.builder()
                .strangerUploadType(0)
                .recordUploadType(1)
                // the firmware default is 0 (no upload); the simulator uploads every event kind unless told otherwise
                .behaviorUploadType(255)
                .keepAliveInterval(keepAliveDefault)
                .onlineTopic(onlineTopicDefault)
                .heartbeatTopic(heartbeatTopicDefault)
                .resumeFromBreakpoint(resumeDefault ? 1 : 0)
                .beginTime("2024-05-29 15:35:45")
                .build();
        sound = SoundConfig.builder().verifySuccessAudio(1).volume(80).build();
        rtsp = RtspConfig.builder().openVerify(0).packSize(1500).rtspPort(554).build();
        deploymentRules = codec.convert(DEPLOYMENT_DEFAULT, DeploymentRulesConfig.class);
        line = codec.convert(LINE_DEFAULT, LineDetectionConfig.class);
        field = codec.convert(FIELD_DEFAULT, FieldDetectionConfig.class);
        targetCount = TargetCountStatsConfig.builder().enable(1).autoResetMode(0).resetDay(0).resetTime("00:00:00")
                .build();
        firmwareName = initialFirmware;
        counts.clear();
        alarmResetUntil = Instant.EPOCH;
    }

    synchronized MqttConfig mqtt() {
        return mqtt;
    }

    synchronized void mqtt(MqttConfig c) {
        mqtt = c;
    }

    synchronized SoundConfig sound() {
        return sound;
    }

    synchronized void sound(SoundConfig c) {
        sound = c;
    }

    synchronized RtspConfig rtsp() {
        return rtsp;
    }

    synchronized void rtsp(RtspConfig c) {
        rtsp = c;
    }

    synchronized DeploymentRulesConfig deploymentRules() {
        return deploymentRules;
    }

    synchronized void deploymentRules(DeploymentRulesConfig c) {
        deploymentRules = c;
    }

    synchronized LineDetectionConfig line() {
        return line;
    }

    synchronized void line(LineDetectionConfig c) {
        line = c;
    }

    synchronized FieldDetectionConfig field() {
        return field;
    }

    synchronized void field(FieldDetectionConfig c) {
        field = c;
    }

    synchronized TargetCountStatsConfig targetCount() {
        return targetCount;
    }

    synchronized void targetCount(TargetCountStatsConfig c) {
        targetCount = c;
    }

    synchronized Duration clockOffset() {
        return clockOffset;
    }

    synchronized void clockOffset(Duration d) {
        clockOffset = d;
    }

    synchronized Instant alarmResetUntil() {
        return alarmResetUntil;
    }

    synchronized void alarmResetUntil(Instant until) {
        alarmResetUntil = until;
    }

    synchronized String firmwareName() {
        return firmwareName;
    }

    synchronized void firmwareName(String name) {
        firmwareName = name;
    }

    String firmwareBuildTime() {
        return firmwareBuildTime;
    }

    SimCardInfo simCard() {
        return simCard;
    }

    /** The head count of a target type (0 human, 1 vehicle) that GetCount answers. */
    int count(int objectType) {
        return counts.getOrDefault(objectType, 0);
    }

    void count(int objectType, int value) {
        counts.put(objectType, value);
    }

    void resetCounts() {
        counts.clear();
    }
}
