package io.github.i3dsession.model;

import java.util.Objects;

/**
 * The logged-in user, as returned by the API's "current user" call (the spec's {@code
 * SessionUser}). Immutable and thread-safe; every property is required and non-null.
 *
 * <p>Coded integers have a typed view that never throws and a raw accessor:
 *
 * <pre>{@code
 * SessionUser user = ...; // for example returned by the session client
 * boolean manager = user.accessLevel() == AccessLevel.GAME_HOSTING_MANAGEMENT;
 * int rawLevel = user.accessLevelCode(); // also set for codes newer than this library
 * boolean newsletter = user.details().newsletter().map(Flag::isYes).orElse(false);
 * SessionUser renamed = user.toBuilder().firstName("Ada").build();
 * }</pre>
 */
public final class SessionUser {

    private final long userId;
    private final String userName;
    private final String email;
    private final String firstName;
    private final String lastName;
    private final String gender;
    private final String phone;
    private final int accessLevel;
    private final int validateEmail;
    private final int isTrialAccount;
    private final String trialAccountExpirationDate;
    private final String requestIp;
    private final String requestIpCountry;
    private final String requestIpCountryCode;
    private final AccountDetails details;
    private final AccountBillingDetails billingDetails;

    private SessionUser(Builder builder) {
        String type = "SessionUser";
        this.userId = ModelChecks.required(builder.userId, type, "userId");
        this.userName = ModelChecks.required(builder.userName, type, "userName");
        this.email = ModelChecks.required(builder.email, type, "email");
        this.firstName = ModelChecks.required(builder.firstName, type, "firstName");
        this.lastName = ModelChecks.required(builder.lastName, type, "lastName");
        this.gender = ModelChecks.required(builder.gender, type, "gender");
        this.phone = ModelChecks.required(builder.phone, type, "phone");
        this.accessLevel = ModelChecks.required(builder.accessLevel, type, "accessLevel");
        this.validateEmail = ModelChecks.required(builder.validateEmail, type, "validateEmail");
        this.isTrialAccount = ModelChecks.required(builder.isTrialAccount, type, "isTrialAccount");
        this.trialAccountExpirationDate =
                ModelChecks.required(builder.trialAccountExpirationDate, type, "trialAccountExpirationDate");
        this.requestIp = ModelChecks.required(builder.requestIp, type, "requestIp");
        this.requestIpCountry = ModelChecks.required(builder.requestIpCountry, type, "requestIpCountry");
        this.requestIpCountryCode = ModelChecks.required(builder.requestIpCountryCode, type, "requestIpCountryCode");
        this.details = ModelChecks.required(builder.details, type, "details");
        this.billingDetails = ModelChecks.required(builder.billingDetails, type, "billingDetails");
    }

    /**
     * Returns a new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder initialised with this value's properties.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        return new Builder()
                .userId(userId)
                .userName(userName)
                .email(email)
                .firstName(firstName)
                .lastName(lastName)
                .gender(gender)
                .phone(phone)
                .accessLevel(accessLevel)
                .validateEmail(validateEmail)
                .isTrialAccount(isTrialAccount)
                .trialAccountExpirationDate(trialAccountExpirationDate)
                .requestIp(requestIp)
                .requestIpCountry(requestIpCountry)
                .requestIpCountryCode(requestIpCountryCode)
                .details(details)
                .billingDetails(billingDetails);
    }

    /**
     * The user ID.
     *
     * @return the value
     */
    public long userId() {
        return userId;
    }

    /**
     * The user name.
     *
     * @return not null
     */
    public String userName() {
        return userName;
    }

    /**
     * Email address.
     *
     * @return not null
     */
    public String email() {
        return email;
    }

    /**
     * First name.
     *
     * @return not null
     */
    public String firstName() {
        return firstName;
    }

    /**
     * Last name.
     *
     * @return not null
     */
    public String lastName() {
        return lastName;
    }

    /**
     * Gender.
     *
     * @return not null
     */
    public String gender() {
        return gender;
    }

    /**
     * Phone number.
     *
     * @return not null
     */
    public String phone() {
        return phone;
    }

    /**
     * Access level.
     *
     * @return the typed view, never null; {@link AccessLevel#UNKNOWN} for a code this version does
     *     not
     *     know (see {@link #accessLevelCode()})
     */
    public AccessLevel accessLevel() {
        return AccessLevel.fromCode(accessLevel);
    }

    /**
     * The raw {@code accessLevel} code, as sent by the API.
     *
     * @return the code
     */
    public int accessLevelCode() {
        return accessLevel;
    }

    /**
     * Whether the email address of the user is validated.
     *
     * @return the typed view, never null; {@link Flag#UNKNOWN} for a code this version does not
     *     know (see {@link #validateEmailCode()})
     */
    public Flag validateEmail() {
        return Flag.fromCode(validateEmail);
    }

    /**
     * The raw {@code validateEmail} code, as sent by the API.
     *
     * @return the code
     */
    public int validateEmailCode() {
        return validateEmail;
    }

    /**
     * Whether the user has a trial account.
     *
     * @return the typed view, never null; {@link Flag#UNKNOWN} for a code this version does not
     *     know (see {@link #isTrialAccountCode()})
     */
    public Flag isTrialAccount() {
        return Flag.fromCode(isTrialAccount);
    }

    /**
     * The raw {@code isTrialAccount} code, as sent by the API.
     *
     * @return the code
     */
    public int isTrialAccountCode() {
        return isTrialAccount;
    }

    /**
     * The expiration date of the trial account, as sent by the API (free-form text).
     *
     * @return not null
     */
    public String trialAccountExpirationDate() {
        return trialAccountExpirationDate;
    }

    /**
     * IP address of the request.
     *
     * @return not null
     */
    public String requestIp() {
        return requestIp;
    }

    /**
     * GeoLocation country (ISO 3166) of the request IP address.
     *
     * @return not null
     */
    public String requestIpCountry() {
        return requestIpCountry;
    }

    /**
     * GeoLocation country code (ISO 3166 alpha-2) of the request IP address.
     *
     * @return not null
     */
    public String requestIpCountryCode() {
        return requestIpCountryCode;
    }

    /**
     * Account details.
     *
     * @return not null
     */
    public AccountDetails details() {
        return details;
    }

    /**
     * Billing details.
     *
     * @return not null
     */
    public AccountBillingDetails billingDetails() {
        return billingDetails;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SessionUser)) {
            return false;
        }
        SessionUser that = (SessionUser) o;
        return userId == that.userId
                && userName.equals(that.userName)
                && email.equals(that.email)
                && firstName.equals(that.firstName)
                && lastName.equals(that.lastName)
                && gender.equals(that.gender)
                && phone.equals(that.phone)
                && accessLevel == that.accessLevel
                && validateEmail == that.validateEmail
                && isTrialAccount == that.isTrialAccount
                && trialAccountExpirationDate.equals(that.trialAccountExpirationDate)
                && requestIp.equals(that.requestIp)
                && requestIpCountry.equals(that.requestIpCountry)
                && requestIpCountryCode.equals(that.requestIpCountryCode)
                && details.equals(that.details)
                && billingDetails.equals(that.billingDetails);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                userId,
                userName,
                email,
                firstName,
                lastName,
                gender,
                phone,
                accessLevel,
                validateEmail,
                isTrialAccount,
                trialAccountExpirationDate,
                requestIp,
                requestIpCountry,
                requestIpCountryCode,
                details,
                billingDetails);
    }

    @Override
    public String toString() {
        return "SessionUser{"
                + "userId=" + userId
                + ", userName=" + userName
                + ", email=" + email
                + ", firstName=" + firstName
                + ", lastName=" + lastName
                + ", gender=" + gender
                + ", phone=" + phone
                + ", accessLevel=" + accessLevel
                + ", validateEmail=" + validateEmail
                + ", isTrialAccount=" + isTrialAccount
                + ", trialAccountExpirationDate=" + trialAccountExpirationDate
                + ", requestIp=" + requestIp
                + ", requestIpCountry=" + requestIpCountry
                + ", requestIpCountryCode=" + requestIpCountryCode
                + ", details=" + details
                + ", billingDetails=" + billingDetails
                + "}";
    }

    /** Builds {@link SessionUser}. Mutable and not thread-safe. */
    public static final class Builder {
        private Long userId;
        private String userName;
        private String email;
        private String firstName;
        private String lastName;
        private String gender;
        private String phone;
        private Integer accessLevel;
        private Integer validateEmail;
        private Integer isTrialAccount;
        private String trialAccountExpirationDate;
        private String requestIp;
        private String requestIpCountry;
        private String requestIpCountryCode;
        private AccountDetails details;
        private AccountBillingDetails billingDetails;

        private Builder() {}

        /**
         * Sets {@code userId} (required).
         *
         * @param userId the raw value
         * @return this builder
         */
        public Builder userId(long userId) {
            this.userId = userId;
            return this;
        }

        /**
         * Sets {@code userName} (required).
         *
         * @param userName not null
         * @return this builder
         * @throws NullPointerException if {@code userName} is null
         */
        public Builder userName(String userName) {
            this.userName = Objects.requireNonNull(userName, "userName");
            return this;
        }

        /**
         * Sets {@code email} (required).
         *
         * @param email not null
         * @return this builder
         * @throws NullPointerException if {@code email} is null
         */
        public Builder email(String email) {
            this.email = Objects.requireNonNull(email, "email");
            return this;
        }

        /**
         * Sets {@code firstName} (required).
         *
         * @param firstName not null
         * @return this builder
         * @throws NullPointerException if {@code firstName} is null
         */
        public Builder firstName(String firstName) {
            this.firstName = Objects.requireNonNull(firstName, "firstName");
            return this;
        }

        /**
         * Sets {@code lastName} (required).
         *
         * @param lastName not null
         * @return this builder
         * @throws NullPointerException if {@code lastName} is null
         */
        public Builder lastName(String lastName) {
            this.lastName = Objects.requireNonNull(lastName, "lastName");
            return this;
        }

        /**
         * Sets {@code gender} (required).
         *
         * @param gender not null
         * @return this builder
         * @throws NullPointerException if {@code gender} is null
         */
        public Builder gender(String gender) {
            this.gender = Objects.requireNonNull(gender, "gender");
            return this;
        }

        /**
         * Sets {@code phone} (required).
         *
         * @param phone not null
         * @return this builder
         * @throws NullPointerException if {@code phone} is null
         */
        public Builder phone(String phone) {
            this.phone = Objects.requireNonNull(phone, "phone");
            return this;
        }

        /**
         * Sets the raw {@code accessLevel} code (required). Any code is accepted.
         *
         * @param accessLevel the raw code
         * @return this builder
         */
        public Builder accessLevel(int accessLevel) {
            this.accessLevel = accessLevel;
            return this;
        }

        /**
         * Sets {@code accessLevel} to the code of a known constant (required).
         *
         * @param accessLevel the constant, not null and not {@link AccessLevel#UNKNOWN}
         * @return this builder
         * @throws NullPointerException if {@code accessLevel} is null
         * @throws IllegalArgumentException if {@code accessLevel} is {@link AccessLevel#UNKNOWN}
         */
        public Builder accessLevel(AccessLevel accessLevel) {
            ModelChecks.known(accessLevel, AccessLevel.UNKNOWN, "accessLevel");
            return accessLevel(accessLevel.code());
        }

        /**
         * Sets the raw {@code validateEmail} code (required). Any code is accepted.
         *
         * @param validateEmail the raw code
         * @return this builder
         */
        public Builder validateEmail(int validateEmail) {
            this.validateEmail = validateEmail;
            return this;
        }

        /**
         * Sets {@code validateEmail} to the code of a known constant (required).
         *
         * @param validateEmail the constant, not null and not {@link Flag#UNKNOWN}
         * @return this builder
         * @throws NullPointerException if {@code validateEmail} is null
         * @throws IllegalArgumentException if {@code validateEmail} is {@link Flag#UNKNOWN}
         */
        public Builder validateEmail(Flag validateEmail) {
            ModelChecks.known(validateEmail, Flag.UNKNOWN, "validateEmail");
            return validateEmail(validateEmail.code());
        }

        /**
         * Sets the raw {@code isTrialAccount} code (required). Any code is accepted.
         *
         * @param isTrialAccount the raw code
         * @return this builder
         */
        public Builder isTrialAccount(int isTrialAccount) {
            this.isTrialAccount = isTrialAccount;
            return this;
        }

        /**
         * Sets {@code isTrialAccount} to the code of a known constant (required).
         *
         * @param isTrialAccount the constant, not null and not {@link Flag#UNKNOWN}
         * @return this builder
         * @throws NullPointerException if {@code isTrialAccount} is null
         * @throws IllegalArgumentException if {@code isTrialAccount} is {@link Flag#UNKNOWN}
         */
        public Builder isTrialAccount(Flag isTrialAccount) {
            ModelChecks.known(isTrialAccount, Flag.UNKNOWN, "isTrialAccount");
            return isTrialAccount(isTrialAccount.code());
        }

        /**
         * Sets {@code trialAccountExpirationDate} (required).
         *
         * @param trialAccountExpirationDate not null
         * @return this builder
         * @throws NullPointerException if {@code trialAccountExpirationDate} is null
         */
        public Builder trialAccountExpirationDate(String trialAccountExpirationDate) {
            this.trialAccountExpirationDate =
                    Objects.requireNonNull(trialAccountExpirationDate, "trialAccountExpirationDate");
            return this;
        }

        /**
         * Sets {@code requestIp} (required).
         *
         * @param requestIp not null
         * @return this builder
         * @throws NullPointerException if {@code requestIp} is null
         */
        public Builder requestIp(String requestIp) {
            this.requestIp = Objects.requireNonNull(requestIp, "requestIp");
            return this;
        }

        /**
         * Sets {@code requestIpCountry} (required).
         *
         * @param requestIpCountry not null
         * @return this builder
         * @throws NullPointerException if {@code requestIpCountry} is null
         */
        public Builder requestIpCountry(String requestIpCountry) {
            this.requestIpCountry = Objects.requireNonNull(requestIpCountry, "requestIpCountry");
            return this;
        }

        /**
         * Sets {@code requestIpCountryCode} (required).
         *
         * @param requestIpCountryCode not null
         * @return this builder
         * @throws NullPointerException if {@code requestIpCountryCode} is null
         */
        public Builder requestIpCountryCode(String requestIpCountryCode) {
            this.requestIpCountryCode = Objects.requireNonNull(requestIpCountryCode, "requestIpCountryCode");
            return this;
        }

        /**
         * Sets {@code details} (required).
         *
         * @param details not null
         * @return this builder
         * @throws NullPointerException if {@code details} is null
         */
        public Builder details(AccountDetails details) {
            this.details = Objects.requireNonNull(details, "details");
            return this;
        }

        /**
         * Sets {@code billingDetails} (required).
         *
         * @param billingDetails not null
         * @return this builder
         * @throws NullPointerException if {@code billingDetails} is null
         */
        public Builder billingDetails(AccountBillingDetails billingDetails) {
            this.billingDetails = Objects.requireNonNull(billingDetails, "billingDetails");
            return this;
        }

        /**
         * Builds the value.
         *
         * @return the value
         * @throws IllegalStateException if a required property is not set
         */
        public SessionUser build() {
            return new SessionUser(this);
        }
    }
}
