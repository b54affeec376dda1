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

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.github.camelhfcamera.hfcamera.protocol.HfEvent;
import io.github.camelhfcamera.hfcamera.protocol.Image;
import io.github.camelhfcamera.hfcamera.protocol.Operator;
import io.github.camelhfcamera.hfcamera.protocol.model.BehaviorSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.CatAttrSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.ClothHelmetSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.CountInRegionPush;
import io.github.camelhfcamera.hfcamera.protocol.model.ElectricalBicycleSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.FireSmokeSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.FullStrSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.KitchenAlarmType;
import io.github.camelhfcamera.hfcamera.protocol.model.LeaveSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.ObjectAttr;
import io.github.camelhfcamera.hfcamera.protocol.model.ParabolicSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.Person;
import io.github.camelhfcamera.hfcamera.protocol.model.RecPush;
import io.github.camelhfcamera.hfcamera.protocol.model.SafetyRidePush;
import io.github.camelhfcamera.hfcamera.protocol.model.StrSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.TemHighSnapPush;
import io.github.camelhfcamera.hfcamera.protocol.model.TemperatureMessage;
import io.github.camelhfcamera.hfcamera.protocol.model.VisibleKitchenSnapPush;

/**
 * Builds the events a camera pushes, with the document's example values and generated pictures, and completes
 * events given as templates: the camera always sets its own id, the next RecordID / SnapID / SnapOrRecordID, and the
 * time and pictures where the template leaves them out.
 */
final class EventFactory {

    /** What the factory needs from the camera. */
    interface Source {
        String id();

        /** The device clock as the firmware writes it, {@code YYYY-MM-DD hh:mm:ss}. */
        String now();

        /** The device clock with a {@code T} between date and time (CountInRegionPush, ElectricalBicycleSnapPush). */
        String nowIso();

        String now(long offsetSeconds);

        Image pic(Operator kind);

        Image scene(Operator kind);

        /** False when RecordUploadType is 2 (records without the captured scene). */
        boolean recordsWithScene();

        long nextId(Operator kind);
    }

    private EventFactory() {
    }

    static HfEvent create(Operator kind, Source s, Person person) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        String name = "IPC" + s.id();
        return switch (kind) {
            case REC_PUSH -> {
                RecPush.Builder b = RecPush.builder().deviceId(s.id()).recordId(s.nextId(kind)).time(s.now())
                        .similarity(person == null ? 0.0 : 90.0 + r.nextInt(100) / 10.0).sendInTime(1).noMask(0)
                        .pushType(0).targetPosInScene(List.of(217, 0, 1333, 1080)).pic(s.pic(kind));
                if (person == null) {
                    b.customId("").personId("").verifyStatus(3).personType(0).personName("").idCard("").telnum("");
                } else {
                    int type = person.personType() == null ? 0 : person.personType();
                    b.customId(person.customId()).personId(person.personId()).verifyStatus(type == 1 ? 2 : 1)
                            .personType(type).personName(nz(person.name())).idCard(nz(person.idCard()))
                            .telnum(nz(person.telnum1()));
                }
                if (s.recordsWithScene()) {
                    b.scene(s.scene(kind));
                }
                yield b.build();
            }
            case STR_SNAP_PUSH -> StrSnapPush.builder().deviceId(s.id()).snapId(s.nextId(kind)).time(s.now())
                    .noMask(1).pushType(0).targetPosInScene(List.of(0, 0, 1161, 1080)).pic(s.pic(kind))
                    .scene(s.scene(kind)).build();
            case VISIBLE_KITCHEN_SNAP_PUSH -> VisibleKitchenSnapPush.builder().deviceId(s.id()).deviceName(name)
                    .time(s.now()).snapOrRecordId(s.nextId(kind)).targetType(0)
                    .alarmType(KitchenAlarmType.builder().cookAlarmType(List.of(r.nextInt(6))).build())
                    .pic(s.pic(kind)).targetPos(List.of(19, 8, 156, 408)).scenePic(s.scene(kind))
                    .targetPosInScene(List.of(956, 42, 1266, 914)).build();
            case PARABOLIC_SNAP_PUSH -> ParabolicSnapPush.builder().deviceId(s.id()).deviceName(name)
                    .snapTime(s.now()).startTime(s.now(-2)).endTime(s.now(2)).pic(s.pic(kind)).build();
            case TEM_HIGH_SNAP_PUSH -> TemHighSnapPush.builder().deviceId(s.id()).deviceName(name).snapTime(s.now())
                    .sparkAlarm(0).temperatureUnit(0)
                    .message(List.of(TemperatureMessage.builder().areaId(0).messageType(0).alarmType(1).temRise(0)
                            .durationTime(30).temRiseDuration(5).temperature(60.0 + r.nextInt(400) / 10.0).build()))
                    .pic(s.pic(kind)).thermalPic(s.scene(kind)).build();
            case FULL_STR_SNAP_PUSH -> FullStrSnapPush.builder().snapId(s.nextId(kind)).deviceId(s.id())
                    .deviceName(name).time(s.now()).objectType(2)
                    .objectAttr(ObjectAttr.builder().carplate("YB" + (100 + r.nextInt(900)) + "H9").build())
                    .targetPosInScene(List.of(628, 353, 1400, 906)).pic(s.pic(kind)).scene(s.scene(kind)).build();
            case BEHAVIOR_SNAP_PUSH -> BehaviorSnapPush.builder().deviceId(s.id()).deviceName(name).time(s.now())
                    .objectType(0).behaviourType(0).behaviourDirection(0).pic(s.pic(kind)).scene(s.scene(kind))
                    .build();
            case LEAVE_SNAP_PUSH -> LeaveSnapPush.builder().deviceId(s.id()).time(s.now()).pic(s.pic(kind)).build();
            case CLOTH_HELMET_SNAP_PUSH -> ClothHelmetSnapPush.builder().deviceId(s.id()).time(s.now())
                    .snapOrRecordId(s.nextId(kind)).helmet(1).reflectiveVest(r.nextInt(3)).pic(s.pic(kind))
                    .scene(s.scene(kind)).build();
            case FIRE_SMOKE_SNAP_PUSH -> FireSmokeSnapPush.builder().deviceId(s.id()).deviceName(name).time(s.now())
                    .snapOrRecordId(s.nextId(kind)).fire(1).smoke(r.nextInt(3)).pic(s.pic(kind)).build();
            case COUNT_IN_REGION_PUSH -> {
                int now = r.nextInt(20);
                yield CountInRegionPush.builder().deviceId(s.id()).time(s.now()).realtimeCount(now)
                        .averageCount(now / 2).maxCount(now + r.nextInt(5)).minCount(0).build();
            }
            case CAT_ATTR_SNAP_PUSH -> CatAttrSnapPush.builder().deviceId(s.id()).time(s.now()).objectType(1)
                    .behaviorType(0).behaviorDirection(r.nextInt(2)).carColor(r.nextInt(14)).carClass(2)
                    .carSpecial(0).carBackup(0).carViewpoint(1).carplateColor(2).carplateType(2).carplateFlag(1)
                    .carplate("\u6d59 B00QS9").pic(s.pic(kind)).build();
            case SAFETY_RIDE_PUSH -> SafetyRidePush.builder().deviceId(s.id()).time(s.now()).helmet(r.nextInt(2))
                    .plate("5000J").pic(s.pic(kind)).build();
            case ELECTRICAL_BICYCLE_SNAP_PUSH -> ElectricalBicycleSnapPush.builder().deviceId(s.id())
                    .time(s.nowIso()).snapOrRecordId(s.nextId(kind)).pic(s.pic(kind)).scene(s.scene(kind)).build();
            default -> throw new IllegalArgumentException(kind + " is not an event a camera pushes");
        };
    }

    /** The operator of an event model type. */
    static Operator kindOf(HfEvent event) {
        for (Operator op : SimulatedCamera.PUSHABLE) {
            if (op.infoType() == event.getClass()) {
                return op;
            }
        }
        throw new IllegalArgumentException(event.getClass().getSimpleName() + " is not an event a camera pushes");
    }

    /** The template with the camera's id, a fresh record id, and the time and pictures it leaves out. */
    static HfEvent complete(HfEvent t, Source s) {
        Operator kind = kindOf(t);
        if (t instanceof RecPush e) {
            RecPush.Builder b = e.toBuilder().deviceId(s.id()).recordId(s.nextId(kind))
                    .time(or(e.time(), s.now())).pic(or(e.pic(), s.pic(kind)))
                    .pushType(or(e.pushType(), 0)).sendInTime(or(e.sendInTime(), 1));
            if (e.scene() == null && s.recordsWithScene()) {
                b.scene(s.scene(kind));
            }
            return b.build();
        }
        if (t instanceof StrSnapPush e) {
            return e.toBuilder().deviceId(s.id()).snapId(s.nextId(kind)).time(or(e.time(), s.now()))
                    .pic(or(e.pic(), s.pic(kind))).scene(or(e.scene(), s.scene(kind)))
                    .pushType(or(e.pushType(), 0)).build();
        }
        if (t instanceof VisibleKitchenSnapPush e) {
            return e.toBuilder().deviceId(s.id()).snapOrRecordId(s.nextId(kind))
                    .time(or(e.time(), s.now())).pic(or(e.pic(), s.pic(kind)))
                    .scenePic(or(e.scenePic(), s.scene(kind))).build();
        }
        if (t instanceof ParabolicSnapPush e) {
            return e.toBuilder().deviceId(s.id()).snapTime(or(e.snapTime(), s.now()))
                    .pic(or(e.pic(), s.pic(kind))).build();
        }
        if (t instanceof TemHighSnapPush e) {
            return e.toBuilder().deviceId(s.id()).snapTime(or(e.snapTime(), s.now()))
                    .pic(or(e.pic(), s.pic(kind))).build();
        }
        if (t instanceof FullStrSnapPush e) {
            return e.toBuilder().deviceId(s.id()).snapId(s.nextId(kind))
                    .time(or(e.time(), s.now())).pic(or(e.pic(), s.pic(kind))).build();
        }
        if (t instanceof BehaviorSnapPush e) {
            return e.toBuilder().deviceId(s.id()).time(or(e.time(), s.now()))
                    .pic(or(e.pic(), s.pic(kind))).build();
        }
        if (t instanceof LeaveSnapPush e) {
            return e.toBuilder().deviceId(s.id()).time(or(e.time(), s.now()))
                    .pic(or(e.pic(), s.pic(kind))).build();
        }
        if (t instanceof ClothHelmetSnapPush e) {
            return e.toBuilder().deviceId(s.id()).snapOrRecordId(s.nextId(kind))
                    .time(or(e.time(), s.now())).pic(or(e.pic(), s.pic(kind))).build();
        }
        if (t instanceof FireSmokeSnapPush e) {
            return e.toBuilder().deviceId(s.id()).snapOrRecordId(s.nextId(kind))
                    .time(or(e.time(), s.now())).pic(or(e.pic(), s.pic(kind))).build();
        }
        if (t instanceof CountInRegionPush e) {
            return e.toBuilder().deviceId(s.id()).time(or(e.time(), s.now())).build();
        }
        if (t instanceof CatAttrSnapPush e) {
            return e.toBuilder().deviceId(s.id()).time(or(e.time(), s.now()))
                    .pic(or(e.pic(), s.pic(kind))).build();
        }
        if (t instanceof SafetyRidePush e) {
            return e.toBuilder().deviceId(s.id()).time(or(e.time(), s.now()))
                    .pic(or(e.pic(), s.pic(kind))).build();
        }
        if (t instanceof ElectricalBicycleSnapPush e) {
            return e.toBuilder().deviceId(s.id()).snapOrRecordId(s.nextId(kind))
                    .time(or(e.time(), s.nowIso())).pic(or(e.pic(), s.pic(kind))).build();
        }
        throw new IllegalArgumentException(kind + " is not an event a camera pushes");
    }

    /** The id an event carries for PushAck / ManualPush, by kind. */
    static Long idOf(HfEvent e) {
        return e.recordId();
    }

    /**
     * A stored record as ManualPushRecords / ManualPushSnaps re-push it (sections 5 e.g.2 and 6 e.g.2): PushType 2,
     * no scene, target position 0,0,0,0; the firmware then spells personName "persionName".
     */
    static HfEvent asManualPush(HfEvent e) {
        if (e instanceof RecPush r) {
            return r.toBuilder().pushType(2).sendInTime(0).scene(null).targetPosInScene(List.of(0, 0, 0, 0))
                    .personName(null).unknown(withExtra(r.unknown(), "persionName", nz(r.personName()))).build();
        }
        if (e instanceof StrSnapPush s) {
            return s.toBuilder().pushType(2).scene(null).targetPosInScene(List.of(0, 0, 0, 0)).build();
        }
        return e;
    }

    private static Map<String, Object> withExtra(Map<String, Object> unknown, String key, Object value) {
        java.util.LinkedHashMap<String, Object> m = new java.util.LinkedHashMap<>(unknown);
        m.put(key, value);
        return m;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
