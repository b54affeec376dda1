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

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.github.camelhfcamera.hfcamera.protocol.model.AlarmResetRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.BehaviorSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.CatAttrSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.ClothHelmetSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.CountInRegionPush;
import io.github.camelhfcamera.hfcamera.protocol.model.CountReply;
import io.github.camelhfcamera.hfcamera.protocol.model.CountRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.DelPersonRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.DeleteAllPersonRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.DeletePersonsReply;
import io.github.camelhfcamera.hfcamera.protocol.model.DeletePersonsRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.DeploymentRulesConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.DeploymentRulesQuery;
import io.github.camelhfcamera.hfcamera.protocol.model.DeviceInformation;
import io.github.camelhfcamera.hfcamera.protocol.model.ElectricalBicycleSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.EmptyInfo;
import io.github.camelhfcamera.hfcamera.protocol.model.FactoryDefaultReply;
import io.github.camelhfcamera.hfcamera.protocol.model.FactoryDefaultRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.FieldDetectionConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.FireSmokeSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.FullStrSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.HeartBeat;
import io.github.camelhfcamera.hfcamera.protocol.model.LeaveSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.LineDetectionConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.ManualPushReply;
import io.github.camelhfcamera.hfcamera.protocol.model.ManualPushRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.MqttConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.Offline;
import io.github.camelhfcamera.hfcamera.protocol.model.Online;
import io.github.camelhfcamera.hfcamera.protocol.model.OnlineAck;
import io.github.camelhfcamera.hfcamera.protocol.model.ParabolicSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatch;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonBatchReply;
import io.github.camelhfcamera.hfcamera.protocol.model.PersonReply;
import io.github.camelhfcamera.hfcamera.protocol.model.PushAck;
import io.github.camelhfcamera.hfcamera.protocol.model.PushAckAck;
import io.github.camelhfcamera.hfcamera.protocol.model.QueryPersonReply;
import io.github.camelhfcamera.hfcamera.protocol.model.RecPush;
import io.github.camelhfcamera.hfcamera.protocol.model.ResultReply;
import io.github.camelhfcamera.hfcamera.protocol.model.RtspConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.SafetyRidePush;
import io.github.camelhfcamera.hfcamera.protocol.model.SceneSnapReply;
import io.github.camelhfcamera.hfcamera.protocol.model.SceneSnapRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonListReply;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonListRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonReply;
import io.github.camelhfcamera.hfcamera.protocol.model.SearchPersonRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.SimCardInfo;
import io.github.camelhfcamera.hfcamera.protocol.model.SoundConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.StrSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.SysTime;
import io.github.camelhfcamera.hfcamera.protocol.model.TargetCountStatsConfig;
import io.github.camelhfcamera.hfcamera.protocol.model.TargetResetCountRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.TemHighSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.UpgradeReply;
import io.github.camelhfcamera.hfcamera.protocol.model.UpgradeRequest;
import io.github.camelhfcamera.hfcamera.protocol.model.VersionsReply;
import io.github.camelhfcamera.hfcamera.protocol.model.VisibleKitchenSnapPush;

import static io.github.camelhfcamera.hfcamera.protocol.Operator.Direction.COMMAND;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.Direction.EVENT;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.Direction.REPLY;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.EventGroup.ALARM;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.EventGroup.RECOGNITION;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.EventGroup.STATUS;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.EventGroup.STRANGER;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.TopicKind.ACK;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.TopicKind.BASIC;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.TopicKind.CLOUD;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.TopicKind.HEARTBEAT;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.TopicKind.REC;
import static io.github.camelhfcamera.hfcamera.protocol.Operator.TopicKind.SNAP;

/**
 * The operator table: all 56 message kinds of the HF camera MQTT protocol V1.25, with their direction, topic, info
 * type and reply.
 * <p>
 * Replies are correlated by messageId, never by name; {@link #acceptsReply(String)} also knows the names the
 * document's own examples answer with (GetDeviceInformation without {@code -Ack}, ManualPushRecords answered by
 * {@code ManualPushSnaps-Ack}, TargetResetCount answered by {@code TargetCountStatsCfg-Ack}).
 */
public enum Operator {

    // persons (section 4)
    EDIT_PERSON("EditPerson", COMMAND, CLOUD, "4.1, 4.8", Person.class, PersonReply.class),
    ADD_PERSONS("AddPersons", COMMAND, CLOUD, "4.2, 29.6", PersonBatch.class, PersonBatchReply.class),
    EDIT_PERSONS_NEW("EditPersonsNew", COMMAND, CLOUD, "4.3, 29.8", PersonBatch.class, PersonBatchReply.class),
    QUERY_PERSON("QueryPerson", COMMAND, CLOUD, "4.4.1", EmptyInfo.class, QueryPersonReply.class),
    SEARCH_PERSON("SearchPerson", COMMAND, CLOUD, "4.4.2, 29.2", SearchPersonRequest.class, SearchPersonReply.class),
    SEARCH_PERSON_LIST("SearchPersonList", COMMAND, CLOUD, "4.4.3, 29.3", SearchPersonListRequest.class,
            SearchPersonListReply.class),
    DEL_PERSON("DelPerson", COMMAND, CLOUD, "4.5, 4.8, 29.4", DelPersonRequest.class, PersonReply.class),
    DELETE_PERSONS("DeletePersons", COMMAND, CLOUD, "4.6, 29.7", DeletePersonsRequest.class, DeletePersonsReply.class),
    DELETE_ALL_PERSON("DeleteAllPerson", COMMAND, CLOUD, "4.7, 29.5", DeleteAllPersonRequest.class, ResultReply.class),
    // the platform's answers to device messages
    ONLINE_ACK("Online-Ack", REPLY, CLOUD, "7.2", OnlineAck.class, null),
    PUSH_ACK("PushAck", REPLY, CLOUD, "8", PushAck.class, PushAckAck.class, "PushAck-Ack"),
    // configuration (section 10)
    GET_MQTT_CONFIG("GetMQTTconfig", COMMAND, CLOUD, "10.1", EmptyInfo.class, MqttConfig.class),
    UP_MQTT_CONFIG("UpMQTTconfig", COMMAND, CLOUD, "10.1, 29.9", MqttConfig.class, ResultReply.class),
    GET_SOUND_CONFIG("GetSoundconfig", COMMAND, CLOUD, "10.2", EmptyInfo.class, SoundConfig.class),
    UP_SOUND_CONFIG("UpSoundconfig", COMMAND, CLOUD, "10.2, 29.10", SoundConfig.class, ResultReply.class),
    GET_SYS_TIME("GetSysTime", COMMAND, CLOUD, "10.3", EmptyInfo.class, SysTime.class),
    SET_SYS_TIME("SetSysTime", COMMAND, CLOUD, "10.3, 29.11", SysTime.class, ResultReply.class),
    REBOOT_DEVICE("RebootDevice", COMMAND, CLOUD, "10.4", EmptyInfo.class, ResultReply.class),
    SET_FACTORY_DEFAULT("SetFactoryDefault", COMMAND, CLOUD, "10.5", FactoryDefaultRequest.class,
            FactoryDefaultReply.class),
    GET_RTSP_CFG("GetRTSPCfg", COMMAND, CLOUD, "10.6", EmptyInfo.class, RtspConfig.class),
    SET_RTSP_CFG("SetRTSPCfg", COMMAND, CLOUD, "10.6", RtspConfig.class, ResultReply.class),
    GET_DEVICE_INFORMATION("GetDeviceInformation", COMMAND, CLOUD, "10.7", EmptyInfo.class, DeviceInformation.class,
            "GetDeviceInformation"),
    GET_DEPLOYMENT_RULES_CONFIG("GetDeploymentRulesconfig", COMMAND, CLOUD, "10.8", DeploymentRulesQuery.class,
            DeploymentRulesConfig.class),
    SET_DEPLOYMENT_RULES_CONFIG("SetDeploymentRulesconfig", COMMAND, CLOUD, "10.8", DeploymentRulesConfig.class,
            ResultReply.class),
    QUERY_SIM_CARD_INFO("QuerySIMCardInfo", COMMAND, CLOUD, "10.9", EmptyInfo.class, SimCardInfo.class),
    GET_LINE_DETECTION_CONFIG("GetLineDetectionConfig", COMMAND, CLOUD, "10.10", EmptyInfo.class,
            LineDetectionConfig.class),
    SET_LINE_DETECTION_CONFIG("SetLineDetectionConfig", COMMAND, CLOUD, "10.10", LineDetectionConfig.class,
            ResultReply.class),
    GET_FIELD_DETECTION_CONFIG("GetFieldDetectionConfig", COMMAND, CLOUD, "10.11", EmptyInfo.class,
            FieldDetectionConfig.class),
    SET_FIELD_DETECTION_CONFIG("SetFieldDetectionConfig", COMMAND, CLOUD, "10.11", FieldDetectionConfig.class,
            ResultReply.class),
    SET_ALARM_RESET("SetAlarmReset", COMMAND, CLOUD, "10.12, 29.17", AlarmResetRequest.class, ResultReply.class),
    // snapshot, upgrade, versions, counts, manual push (sections 11-23)
    GET_SCENE_SNAP("GetSceneSnap", COMMAND, CLOUD, "11, 29.12", SceneSnapRequest.class, SceneSnapReply.class),
    UPGRADE("Upgrade", COMMAND, CLOUD, "12.1", UpgradeRequest.class, UpgradeReply.class),
    VERSIONS("Versions", COMMAND, CLOUD, "12.3", EmptyInfo.class, VersionsReply.class),
    GET_COUNT("GetCount", COMMAND, CLOUD, "17.1", CountRequest.class, CountReply.class),
    MANUAL_PUSH_RECORDS("ManualPushRecords", COMMAND, CLOUD, "20, 29.13", ManualPushRequest.class,
            ManualPushReply.class, "ManualPushSnaps-Ack"),
    MANUAL_PUSH_SNAPS("ManualPushSnaps", COMMAND, CLOUD, "21, 29.14", ManualPushRequest.class, ManualPushReply.class),
    TARGET_COUNT_STATS_CFG("TargetCountStatsCfg", COMMAND, CLOUD, "22, 29.15", TargetCountStatsConfig.class,
            ResultReply.class),
    TARGET_RESET_COUNT("TargetResetCount", COMMAND, CLOUD, "23, 29.16", TargetResetCountRequest.class,
            ResultReply.class, "TargetCountStatsCfg-Ack"),
    // events the devices push
    REC_PUSH("RecPush", REC, "5", RecPush.class, RECOGNITION, 2),
    STR_SNAP_PUSH("StrSnapPush", SNAP, "6", StrSnapPush.class, STRANGER, 1),
    ONLINE("Online", BASIC, "7.1", Online.class, STATUS, 0),
    OFFLINE("Offline", BASIC, "7.3", Offline.class, STATUS, 0),
    HEART_BEAT("HeartBeat", HEARTBEAT, "9", HeartBeat.class, STATUS, 0),
    PUSH_ACK_ACK("PushAck-Ack", ACK, "8.2, 8.4, 8.6", PushAckAck.class, null, 0),
    VISIBLE_KITCHEN_SNAP_PUSH("VisibleKitchenSnapPush", SNAP, "13, 8.5", VisibleKitchenSnapPush.class, ALARM, 3),
    PARABOLIC_SNAP_PUSH("ParabolicSnapPush", SNAP, "14", ParabolicSnapPush.class, ALARM, 0),
    TEM_HIGH_SNAP_PUSH("TemHighSnapPush", SNAP, "15, 28", TemHighSnapPush.class, ALARM, 0),
    FULL_STR_SNAP_PUSH("FullStrSnapPush", SNAP, "16", FullStrSnapPush.class, ALARM, 0),
    BEHAVIOR_SNAP_PUSH("BehaviorSnapPush", SNAP, "17.2", BehaviorSnapPush.class, ALARM, 0),
    LEAVE_SNAP_PUSH("LeaveSnapPush", SNAP, "17.3", LeaveSnapPush.class, ALARM, 0),
    CLOTH_HELMET_SNAP_PUSH("ClothHelmetSnapPush", SNAP, "18", ClothHelmetSnapPush.class, ALARM, 3),
    FIRE_SMOKE_SNAP_PUSH("FireSmokeSnapPush", SNAP, "19", FireSmokeSnapPush.class, ALARM, 3),
    COUNT_IN_REGION_PUSH("CountInRegionPush", SNAP, "24", CountInRegionPush.class, ALARM, 0),
    CAT_ATTR_SNAP_PUSH("CatAttrSnapPush", SNAP, "25", CatAttrSnapPush.class, ALARM, 0),
    SAFETY_RIDE_PUSH("SafetyRidePush", SNAP, "26", SafetyRidePush.class, ALARM, 0),
    ELECTRICAL_BICYCLE_SNAP_PUSH("ElectricalBicycleSnapPush", SNAP, "27", ElectricalBicycleSnapPush.class, ALARM, 3);

    /** Who sends the message. */
    public enum Direction {
        /** Platform to device, answered by the device on {@code /Ack}. */
        COMMAND,
        /** Platform to device, answering a device message (Online-Ack, PushAck). */
        REPLY,
        /** Device to platform, on the device's own initiative. */
        EVENT
    }

    /** The topic a message travels on; the defaults are those of the document and the device's web page. */
    public enum TopicKind {
        /** The device's cloud topic {@code {prefix}/{deviceId}}: commands and platform replies. */
        CLOUD,
        /** {@code {prefix}/{deviceId}/Ack}: command replies and PushAck-Ack. */
        ACK,
        /** {@code {prefix}/{deviceId}/Rec}: recognition records. */
        REC,
        /** {@code {prefix}/{deviceId}/Snap}: stranger snapshots and AI events. */
        SNAP,
        /** The heartbeat topic, {@code mqtt/face/heartbeat} by default. */
        HEARTBEAT,
        /** The online / offline topic, {@code mqtt/face/basic} by default. */
        BASIC
    }

    /** The groups a consumer can ask for instead of listing operators. */
    public enum EventGroup {
        /** RecPush. */
        RECOGNITION,
        /** StrSnapPush. */
        STRANGER,
        /** The AI snapshot events (kitchen, parabolic, thermal, person/vehicle, behaviour, ...). */
        ALARM,
        /** Online, Offline, HeartBeat (and the component's own DeviceOnline / DeviceLost). */
        STATUS
    }

    private static final Map<String, Operator> BY_NAME = new HashMap<>();
    private static final Map<String, Operator> BY_REPLY_NAME = new HashMap<>();

    static {
        for (Operator op : values()) {
            BY_NAME.put(op.wireName, op);
        }
        for (Operator op : values()) {
            if (op.replyType != null) {
                // the regular "-Ack" name first; the document's other names only where they are not taken
                BY_REPLY_NAME.putIfAbsent(op.wireName + "-Ack", op);
            }
        }
    }

    private final String wireName;
    private final Direction direction;
    private final TopicKind topicKind;
    private final String section;
    private final Class<? extends HfInfo> infoType;
    private final Class<? extends HfInfo> replyType;
    private final String documentReplyName;
    private final Set<String> acceptedReplies;
    private final EventGroup group;
    private final int pushAckType;

    Operator(String wireName, Direction direction, TopicKind topicKind, String section,
             Class<? extends HfInfo> infoType, Class<? extends HfInfo> replyType) {
        this(wireName, direction, topicKind, section, infoType, replyType, replyType == null ? null : wireName + "-Ack");
    }

    Operator(String wireName, Direction direction, TopicKind topicKind, String section,
             Class<? extends HfInfo> infoType, Class<? extends HfInfo> replyType, String documentReplyName) {
        this.wireName = wireName;
        this.direction = direction;
        this.topicKind = topicKind;
        this.section = section;
        this.infoType = infoType;
        this.replyType = replyType;
        this.documentReplyName = documentReplyName;
        Set<String> accepted = new LinkedHashSet<>();
        if (replyType != null) {
            accepted.add(wireName + "-Ack");
            accepted.add(documentReplyName);
        }
        this.acceptedReplies = Collections.unmodifiableSet(accepted);
        this.group = null;
        this.pushAckType = 0;
    }

    Operator(String wireName, TopicKind topicKind, String section, Class<? extends HfInfo> infoType,
             EventGroup group, int pushAckType) {
        this.wireName = wireName;
        this.direction = EVENT;
        this.topicKind = topicKind;
        this.section = section;
        this.infoType = infoType;
        this.replyType = null;
        this.documentReplyName = null;
        this.acceptedReplies = Set.of();
        this.group = group;
        this.pushAckType = pushAckType;
    }

    /** The operator as written on the wire, for example {@code GetSysTime}. */
    public String wireName() {
        return wireName;
    }

    public Direction direction() {
        return direction;
    }

    public TopicKind topicKind() {
        return topicKind;
    }

    /** Where the document specifies this message. */
    public String section() {
        return section;
    }

    /** The type of this message's {@code info}. */
    public Class<? extends HfInfo> infoType() {
        return infoType;
    }

    /** The type of the reply's {@code info}, or {@code null} when nothing answers this message. */
    public Class<? extends HfInfo> replyType() {
        return replyType;
    }

    /** The reply operator the document's example shows, or {@code null}. */
    public String documentReplyName() {
        return documentReplyName;
    }

    /** The reply operator names accepted for this command: {@code X-Ack} and the one the document shows. */
    public Set<String> acceptedReplies() {
        return acceptedReplies;
    }

    public boolean acceptsReply(String replyOperatorName) {
        return acceptedReplies.contains(replyOperatorName);
    }

    /** The event group of an event, or {@code null} (commands, replies, PushAck-Ack). */
    public EventGroup group() {
        return group;
    }

    /** The PushAckType that confirms this event in resume mode (1 stranger, 2 record, 3 generic), or 0 for none. */
    public int pushAckType() {
        return pushAckType;
    }

    /** True for the batch commands whose envelope carries DataBegin, PersonNum and DataEnd. */
    public boolean isBatch() {
        return this == ADD_PERSONS || this == EDIT_PERSONS_NEW || this == DELETE_PERSONS;
    }

    /** True for the commands that change the device's person list (one batch of them at a time per device). */
    public boolean changesPersons() {
        return this == EDIT_PERSON || this == ADD_PERSONS || this == EDIT_PERSONS_NEW || this == DEL_PERSON
                || this == DELETE_PERSONS || this == DELETE_ALL_PERSON;
    }

    /**
     * True for the commands that every device subscribed to the topic executes when {@code facesluiceId} is left
     * out (sections 4.4.3, 11, 20, 21).
     */
    public boolean isTopicWide() {
        return this == SEARCH_PERSON_LIST || this == GET_SCENE_SNAP || this == MANUAL_PUSH_RECORDS
                || this == MANUAL_PUSH_SNAPS;
    }

    /** The operator of this wire name, if it is one of the 56. */
    public static Optional<Operator> of(String wireName) {
        return Optional.ofNullable(BY_NAME.get(wireName));
    }

    /**
     * The command a reply name belongs to when nothing else is known ({@code EditPerson-Ack} gives EDIT_PERSON).
     * Names the document uses for two commands resolve to the one whose name they carry.
     */
    public static Optional<Operator> ofReplyName(String replyName) {
        return Optional.ofNullable(BY_REPLY_NAME.get(replyName));
    }

    /** The operators of a direction, in table order. */
    public static List<Operator> byDirection(Direction direction) {
        return java.util.Arrays.stream(values()).filter(o -> o.direction == direction).toList();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
