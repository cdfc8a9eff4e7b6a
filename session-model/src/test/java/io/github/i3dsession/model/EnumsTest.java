package io.github.i3dsession.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnumsTest {

    @Test
    void knownAccessLevelCodesMapToTheirConstants() {
        assertThat(AccessLevel.fromCode(0)).isEqualTo(AccessLevel.GUEST);
        assertThat(AccessLevel.fromCode(10)).isEqualTo(AccessLevel.REGULAR);
        assertThat(AccessLevel.fromCode(20)).isEqualTo(AccessLevel.GAME_HOSTING_MANAGEMENT);
        assertThat(AccessLevel.GAME_HOSTING_MANAGEMENT.code()).isEqualTo(20);
    }

    @Test
    void knownAccountTypeLanguageAndFlagCodesMapToTheirConstants() {
        assertThat(AccountType.fromCode(1)).isEqualTo(AccountType.CONSUMER);
        assertThat(AccountType.fromCode(2)).isEqualTo(AccountType.BUSINESS);
        assertThat(Language.fromCode(0)).isEqualTo(Language.ENGLISH);
        assertThat(Language.fromCode(1)).isEqualTo(Language.DUTCH);
        assertThat(Flag.fromCode(0)).isEqualTo(Flag.NO);
        assertThat(Flag.fromCode(1)).isEqualTo(Flag.YES);
    }

    @Test
    void everyKnownConstantRoundTripsThroughItsCode() {
        for (AccessLevel value : AccessLevel.values()) {
            if (value != AccessLevel.UNKNOWN) {
                assertThat(AccessLevel.fromCode(value.code())).isEqualTo(value);
            }
        }
        for (AccountType value : AccountType.values()) {
            if (value != AccountType.UNKNOWN) {
                assertThat(AccountType.fromCode(value.code())).isEqualTo(value);
            }
        }
        for (Language value : Language.values()) {
            if (value != Language.UNKNOWN) {
                assertThat(Language.fromCode(value.code())).isEqualTo(value);
            }
        }
    }

    @Test
    void unknownCodesMapToUnknownWithoutThrowing() {
        assertThat(AccessLevel.fromCode(5)).isEqualTo(AccessLevel.UNKNOWN);
        assertThat(AccessLevel.fromCode(-1)).isEqualTo(AccessLevel.UNKNOWN);
        assertThat(AccountType.fromCode(0)).isEqualTo(AccountType.UNKNOWN);
        assertThat(AccountType.fromCode(Integer.MAX_VALUE)).isEqualTo(AccountType.UNKNOWN);
        assertThat(Language.fromCode(2)).isEqualTo(Language.UNKNOWN);
        assertThat(Flag.fromCode(2)).isEqualTo(Flag.UNKNOWN);
        assertThat(Flag.fromCode(Integer.MIN_VALUE)).isEqualTo(Flag.UNKNOWN);
    }

    @Test
    void unknownConstantsHaveCodeMinusOne() {
        assertThat(AccessLevel.UNKNOWN.code()).isEqualTo(-1);
        assertThat(AccountType.UNKNOWN.code()).isEqualTo(-1);
        assertThat(Language.UNKNOWN.code()).isEqualTo(-1);
        assertThat(Flag.UNKNOWN.code()).isEqualTo(-1);
    }

    @Test
    void onlyYesIsYes() {
        assertThat(Flag.YES.isYes()).isTrue();
        assertThat(Flag.NO.isYes()).isFalse();
        assertThat(Flag.UNKNOWN.isYes()).isFalse();
    }
}
