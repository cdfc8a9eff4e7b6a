package io.github.i3dsession.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The account details of a user ({@link SessionUser#details()}; the spec's {@code
 * AccountDetails}). Immutable and thread-safe.
 *
 * <p>{@code unconfirmedEmail}, {@code emailAddressValidated} and {@code agreeDpa} are listed as
 * required but nullable in the spec; here, as every nullable property, they are optional: the
 * builder accepts null and the accessors return an empty {@code Optional}.
 */
public final class AccountDetails {

    private final int accountType;
    private final String companyName;
    private final String vatNumber;
    private final String cocNumber;
    private final String firstName;
    private final String lastName;
    private final String address;
    private final String streetNumber;
    private final String zipCode;
    private final String city;
    private final String countryCode;
    private final String emailAddress;
    private final UnconfirmedEmail unconfirmedEmail;
    private final Integer emailAddressValidated;
    private final String phoneNumber;
    private final String phoneNumberMobile;
    private final int language;
    private final String emailAddressAbuse;
    private final Integer newsletter;
    private final Integer agreeToc;
    private final Integer agreeAup;
    private final Integer agreeDpa;
    private final int isAllowedFlexMetal;

    private AccountDetails(Builder builder) {
        String type = "AccountDetails";
        this.accountType = ModelChecks.required(builder.accountType, type, "accountType");
        this.companyName = builder.companyName;
        this.vatNumber = builder.vatNumber;
        this.cocNumber = builder.cocNumber;
        this.firstName = ModelChecks.required(builder.firstName, type, "firstName");
        this.lastName = ModelChecks.required(builder.lastName, type, "lastName");
        this.address = ModelChecks.required(builder.address, type, "address");
        this.streetNumber = ModelChecks.required(builder.streetNumber, type, "streetNumber");
        this.zipCode = ModelChecks.required(builder.zipCode, type, "zipCode");
        this.city = ModelChecks.required(builder.city, type, "city");
        this.countryCode = ModelChecks.required(builder.countryCode, type, "countryCode");
        this.emailAddress = ModelChecks.required(builder.emailAddress, type, "emailAddress");
        this.unconfirmedEmail = builder.unconfirmedEmail;
        this.emailAddressValidated = builder.emailAddressValidated;
        this.phoneNumber = builder.phoneNumber;
        this.phoneNumberMobile = builder.phoneNumberMobile;
        this.language = ModelChecks.required(builder.language, type, "language");
        this.emailAddressAbuse = builder.emailAddressAbuse;
        this.newsletter = builder.newsletter;
        this.agreeToc = builder.agreeToc;
        this.agreeAup = builder.agreeAup;
        this.agreeDpa = builder.agreeDpa;
        this.isAllowedFlexMetal = ModelChecks.required(builder.isAllowedFlexMetal, type, "isAllowedFlexMetal");
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
                .accountType(accountType)
                .companyName(companyName)
                .vatNumber(vatNumber)
                .cocNumber(cocNumber)
                .firstName(firstName)
                .lastName(lastName)
                .address(address)
                .streetNumber(streetNumber)
                .zipCode(zipCode)
                .city(city)
                .countryCode(countryCode)
                .emailAddress(emailAddress)
                .unconfirmedEmail(unconfirmedEmail)
                .emailAddressValidated(emailAddressValidated)
                .phoneNumber(phoneNumber)
                .phoneNumberMobile(phoneNumberMobile)
                .language(language)
                .emailAddressAbuse(emailAddressAbuse)
                .newsletter(newsletter)
                .agreeToc(agreeToc)
                .agreeAup(agreeAup)
                .agreeDpa(agreeDpa)
                .isAllowedFlexMetal(isAllowedFlexMetal);
    }

    /**
     * Account type.
     *
     * @return the typed view, never null; {@link AccountType#UNKNOWN} for a code this version does
     *     not
     *     know (see {@link #accountTypeCode()})
     */
    public AccountType accountType() {
        return AccountType.fromCode(accountType);
    }

    /**
     * The raw {@code accountType} code, as sent by the API.
     *
     * @return the code
     */
    public int accountTypeCode() {
        return accountType;
    }

    /**
     * Company name (business accounts).
     *
     * @return the value, or empty if absent or null in the API
     */
    public Optional<String> companyName() {
        return Optional.ofNullable(companyName);
    }

    /**
     * VAT number (business accounts).
     *
     * @return the value, or empty if absent or null in the API
     */
    public Optional<String> vatNumber() {
        return Optional.ofNullable(vatNumber);
    }

    /**
     * Chamber of Commerce number (Netherlands accounts).
     *
     * @return the value, or empty if absent or null in the API
     */
    public Optional<String> cocNumber() {
        return Optional.ofNullable(cocNumber);
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
     * Address: street name.
     *
     * @return not null
     */
    public String address() {
        return address;
    }

    /**
     * House number.
     *
     * @return not null
     */
    public String streetNumber() {
        return streetNumber;
    }

    /**
     * ZIP or post code.
     *
     * @return not null
     */
    public String zipCode() {
        return zipCode;
    }

    /**
     * City.
     *
     * @return not null
     */
    public String city() {
        return city;
    }

    /**
     * Country code in ISO 3166-1 alpha-2 format.
     *
     * @return not null
     */
    public String countryCode() {
        return countryCode;
    }

    /**
     * Email address.
     *
     * @return not null
     */
    public String emailAddress() {
        return emailAddress;
    }

    /**
     * Email address which is not confirmed yet.
     *
     * @return the value, or empty if absent or null in the API
     */
    public Optional<UnconfirmedEmail> unconfirmedEmail() {
        return Optional.ofNullable(unconfirmedEmail);
    }

    /**
     * Whether the email address has been confirmed.
     *
     * @return the typed view, or empty if absent or null in the API; {@link Flag#UNKNOWN} for a
     *     code this version does not know (see {@link #emailAddressValidatedCode()})
     */
    public Optional<Flag> emailAddressValidated() {
        return ModelChecks.flag(emailAddressValidated);
    }

    /**
     * The raw {@code emailAddressValidated} code, as sent by the API.
     *
     * @return the code, or empty if absent or null in the API
     */
    public Optional<Integer> emailAddressValidatedCode() {
        return Optional.ofNullable(emailAddressValidated);
    }

    /**
     * Phone number; either this or {@link #phoneNumberMobile()} is set.
     *
     * @return the value, or empty if absent or null in the API
     */
    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phoneNumber);
    }

    /**
     * Mobile phone number; either this or {@link #phoneNumber()} is set.
     *
     * @return the value, or empty if absent or null in the API
     */
    public Optional<String> phoneNumberMobile() {
        return Optional.ofNullable(phoneNumberMobile);
    }

    /**
     * Preferred language.
     *
     * @return the typed view, never null; {@link Language#UNKNOWN} for a code this version does not
     *     know (see {@link #languageCode()})
     */
    public Language language() {
        return Language.fromCode(language);
    }

    /**
     * The raw {@code language} code, as sent by the API.
     *
     * @return the code
     */
    public int languageCode() {
        return language;
    }

    /**
     * Email address for abuse emails.
     *
     * @return the value, or empty if absent or null in the API
     */
    public Optional<String> emailAddressAbuse() {
        return Optional.ofNullable(emailAddressAbuse);
    }

    /**
     * Whether the newsletter is subscribed to.
     *
     * @return the typed view, or empty if absent or null in the API; {@link Flag#UNKNOWN} for a
     *     code this version does not know (see {@link #newsletterCode()})
     */
    public Optional<Flag> newsletter() {
        return ModelChecks.flag(newsletter);
    }

    /**
     * The raw {@code newsletter} code, as sent by the API.
     *
     * @return the code, or empty if absent or null in the API
     */
    public Optional<Integer> newsletterCode() {
        return Optional.ofNullable(newsletter);
    }

    /**
     * Whether the Terms and Conditions are agreed to.
     *
     * @return the typed view, or empty if absent or null in the API; {@link Flag#UNKNOWN} for a
     *     code this version does not know (see {@link #agreeTocCode()})
     */
    public Optional<Flag> agreeToc() {
        return ModelChecks.flag(agreeToc);
    }

    /**
     * The raw {@code agreeToc} code, as sent by the API.
     *
     * @return the code, or empty if absent or null in the API
     */
    public Optional<Integer> agreeTocCode() {
        return Optional.ofNullable(agreeToc);
    }

    /**
     * Whether the Acceptable Use Policy is agreed to.
     *
     * @return the typed view, or empty if absent or null in the API; {@link Flag#UNKNOWN} for a
     *     code this version does not know (see {@link #agreeAupCode()})
     */
    public Optional<Flag> agreeAup() {
        return ModelChecks.flag(agreeAup);
    }

    /**
     * The raw {@code agreeAup} code, as sent by the API.
     *
     * @return the code, or empty if absent or null in the API
     */
    public Optional<Integer> agreeAupCode() {
        return Optional.ofNullable(agreeAup);
    }

    /**
     * Whether the Data Processing Agreement is agreed to.
     *
     * @return the typed view, or empty if absent or null in the API; {@link Flag#UNKNOWN} for a
     *     code this version does not know (see {@link #agreeDpaCode()})
     */
    public Optional<Flag> agreeDpa() {
        return ModelChecks.flag(agreeDpa);
    }

    /**
     * The raw {@code agreeDpa} code, as sent by the API.
     *
     * @return the code, or empty if absent or null in the API
     */
    public Optional<Integer> agreeDpaCode() {
        return Optional.ofNullable(agreeDpa);
    }

    /**
     * Whether the user may order FlexMetal servers.
     *
     * @return the typed view, never null; {@link Flag#UNKNOWN} for a code this version does not
     *     know (see {@link #isAllowedFlexMetalCode()})
     */
    public Flag isAllowedFlexMetal() {
        return Flag.fromCode(isAllowedFlexMetal);
    }

    /**
     * The raw {@code isAllowedFlexMetal} code, as sent by the API.
     *
     * @return the code
     */
    public int isAllowedFlexMetalCode() {
        return isAllowedFlexMetal;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AccountDetails)) {
            return false;
        }
        AccountDetails that = (AccountDetails) o;
        return accountType == that.accountType
                && Objects.equals(companyName, that.companyName)
                && Objects.equals(vatNumber, that.vatNumber)
                && Objects.equals(cocNumber, that.cocNumber)
                && firstName.equals(that.firstName)
                && lastName.equals(that.lastName)
                && address.equals(that.address)
                && streetNumber.equals(that.streetNumber)
                && zipCode.equals(that.zipCode)
                && city.equals(that.city)
                && countryCode.equals(that.countryCode)
                && emailAddress.equals(that.emailAddress)
                && Objects.equals(unconfirmedEmail, that.unconfirmedEmail)
                && Objects.equals(emailAddressValidated, that.emailAddressValidated)
                && Objects.equals(phoneNumber, that.phoneNumber)
                && Objects.equals(phoneNumberMobile, that.phoneNumberMobile)
                && language == that.language
                && Objects.equals(emailAddressAbuse, that.emailAddressAbuse)
                && Objects.equals(newsletter, that.newsletter)
                && Objects.equals(agreeToc, that.agreeToc)
                && Objects.equals(agreeAup, that.agreeAup)
                && Objects.equals(agreeDpa, that.agreeDpa)
                && isAllowedFlexMetal == that.isAllowedFlexMetal;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                accountType,
                companyName,
                vatNumber,
                cocNumber,
                firstName,
                lastName,
                address,
                streetNumber,
                zipCode,
                city,
                countryCode,
                emailAddress,
                unconfirmedEmail,
                emailAddressValidated,
                phoneNumber,
                phoneNumberMobile,
                language,
                emailAddressAbuse,
                newsletter,
                agreeToc,
                agreeAup,
                agreeDpa,
                isAllowedFlexMetal);
    }

    @Override
    public String toString() {
        return "AccountDetails{"
                + "accountType=" + accountType
                + ", companyName=" + companyName
                + ", vatNumber=" + vatNumber
                + ", cocNumber=" + cocNumber
                + ", firstName=" + firstName
                + ", lastName=" + lastName
                + ", address=" + address
                + ", streetNumber=" + streetNumber
                + ", zipCode=" + zipCode
                + ", city=" + city
                + ", countryCode=" + countryCode
                + ", emailAddress=" + emailAddress
                + ", unconfirmedEmail=" + unconfirmedEmail
                + ", emailAddressValidated=" + emailAddressValidated
                + ", phoneNumber=" + phoneNumber
                + ", phoneNumberMobile=" + phoneNumberMobile
                + ", language=" + language
                + ", emailAddressAbuse=" + emailAddressAbuse
                + ", newsletter=" + newsletter
                + ", agreeToc=" + agreeToc
                + ", agreeAup=" + agreeAup
                + ", agreeDpa=" + agreeDpa
                + ", isAllowedFlexMetal=" + isAllowedFlexMetal
                + "}";
    }

    /** Builds {@link AccountDetails}. Mutable and not thread-safe. */
    public static final class Builder {
        private Integer accountType;
        private String companyName;
        private String vatNumber;
        private String cocNumber;
        private String firstName;
        private String lastName;
        private String address;
        private String streetNumber;
        private String zipCode;
        private String city;
        private String countryCode;
        private String emailAddress;
        private UnconfirmedEmail unconfirmedEmail;
        private Integer emailAddressValidated;
        private String phoneNumber;
        private String phoneNumberMobile;
        private Integer language;
        private String emailAddressAbuse;
        private Integer newsletter;
        private Integer agreeToc;
        private Integer agreeAup;
        private Integer agreeDpa;
        private Integer isAllowedFlexMetal;

        private Builder() {}

        /**
         * Sets the raw {@code accountType} code (required). Any code is accepted.
         *
         * @param accountType the raw code
         * @return this builder
         */
        public Builder accountType(int accountType) {
            this.accountType = accountType;
            return this;
        }

        /**
         * Sets {@code accountType} to the code of a known constant (required).
         *
         * @param accountType the constant, not null and not {@link AccountType#UNKNOWN}
         * @return this builder
         * @throws NullPointerException if {@code accountType} is null
         * @throws IllegalArgumentException if {@code accountType} is {@link AccountType#UNKNOWN}
         */
        public Builder accountType(AccountType accountType) {
            ModelChecks.known(accountType, AccountType.UNKNOWN, "accountType");
            return accountType(accountType.code());
        }

        /**
         * Sets {@code companyName} (optional).
         *
         * @param companyName the value, or null for absent
         * @return this builder
         */
        public Builder companyName(String companyName) {
            this.companyName = companyName;
            return this;
        }

        /**
         * Sets {@code vatNumber} (optional).
         *
         * @param vatNumber the value, or null for absent
         * @return this builder
         */
        public Builder vatNumber(String vatNumber) {
            this.vatNumber = vatNumber;
            return this;
        }

        /**
         * Sets {@code cocNumber} (optional).
         *
         * @param cocNumber the value, or null for absent
         * @return this builder
         */
        public Builder cocNumber(String cocNumber) {
            this.cocNumber = cocNumber;
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
         * Sets {@code address} (required).
         *
         * @param address not null
         * @return this builder
         * @throws NullPointerException if {@code address} is null
         */
        public Builder address(String address) {
            this.address = Objects.requireNonNull(address, "address");
            return this;
        }

        /**
         * Sets {@code streetNumber} (required).
         *
         * @param streetNumber not null
         * @return this builder
         * @throws NullPointerException if {@code streetNumber} is null
         */
        public Builder streetNumber(String streetNumber) {
            this.streetNumber = Objects.requireNonNull(streetNumber, "streetNumber");
            return this;
        }

        /**
         * Sets {@code zipCode} (required).
         *
         * @param zipCode not null
         * @return this builder
         * @throws NullPointerException if {@code zipCode} is null
         */
        public Builder zipCode(String zipCode) {
            this.zipCode = Objects.requireNonNull(zipCode, "zipCode");
            return this;
        }

        /**
         * Sets {@code city} (required).
         *
         * @param city not null
         * @return this builder
         * @throws NullPointerException if {@code city} is null
         */
        public Builder city(String city) {
            this.city = Objects.requireNonNull(city, "city");
            return this;
        }

        /**
         * Sets {@code countryCode} (required).
         *
         * @param countryCode not null
         * @return this builder
         * @throws NullPointerException if {@code countryCode} is null
         */
        public Builder countryCode(String countryCode) {
            this.countryCode = Objects.requireNonNull(countryCode, "countryCode");
            return this;
        }

        /**
         * Sets {@code emailAddress} (required).
         *
         * @param emailAddress not null
         * @return this builder
         * @throws NullPointerException if {@code emailAddress} is null
         */
        public Builder emailAddress(String emailAddress) {
            this.emailAddress = Objects.requireNonNull(emailAddress, "emailAddress");
            return this;
        }

        /**
         * Sets {@code unconfirmedEmail} (optional).
         *
         * @param unconfirmedEmail the value, or null for absent
         * @return this builder
         */
        public Builder unconfirmedEmail(UnconfirmedEmail unconfirmedEmail) {
            this.unconfirmedEmail = unconfirmedEmail;
            return this;
        }

        /**
         * Sets the raw {@code emailAddressValidated} code (optional). Any code is accepted.
         *
         * @param emailAddressValidated the raw code, or null for absent
         * @return this builder
         */
        public Builder emailAddressValidated(Integer emailAddressValidated) {
            this.emailAddressValidated = emailAddressValidated;
            return this;
        }

        /**
         * Sets {@code emailAddressValidated} to the code of a known flag (optional).
         *
         * @param emailAddressValidated the flag, or null for absent; not {@link Flag#UNKNOWN}
         * @return this builder
         * @throws IllegalArgumentException if {@code emailAddressValidated} is {@link Flag#UNKNOWN}
         */
        public Builder emailAddressValidated(Flag emailAddressValidated) {
            return emailAddressValidated(ModelChecks.flagCode(emailAddressValidated, "emailAddressValidated"));
        }

        /**
         * Sets {@code phoneNumber} (optional).
         *
         * @param phoneNumber the value, or null for absent
         * @return this builder
         */
        public Builder phoneNumber(String phoneNumber) {
            this.phoneNumber = phoneNumber;
            return this;
        }

        /**
         * Sets {@code phoneNumberMobile} (optional).
         *
         * @param phoneNumberMobile the value, or null for absent
         * @return this builder
         */
        public Builder phoneNumberMobile(String phoneNumberMobile) {
            this.phoneNumberMobile = phoneNumberMobile;
            return this;
        }

        /**
         * Sets the raw {@code language} code (required). Any code is accepted.
         *
         * @param language the raw code
         * @return this builder
         */
        public Builder language(int language) {
            this.language = language;
            return this;
        }

        /**
         * Sets {@code language} to the code of a known constant (required).
         *
         * @param language the constant, not null and not {@link Language#UNKNOWN}
         * @return this builder
         * @throws NullPointerException if {@code language} is null
         * @throws IllegalArgumentException if {@code language} is {@link Language#UNKNOWN}
         */
        public Builder language(Language language) {
            ModelChecks.known(language, Language.UNKNOWN, "language");
            return language(language.code());
        }

        /**
         * Sets {@code emailAddressAbuse} (optional).
         *
         * @param emailAddressAbuse the value, or null for absent
         * @return this builder
         */
        public Builder emailAddressAbuse(String emailAddressAbuse) {
            this.emailAddressAbuse = emailAddressAbuse;
            return this;
        }

        /**
         * Sets the raw {@code newsletter} code (optional). Any code is accepted.
         *
         * @param newsletter the raw code, or null for absent
         * @return this builder
         */
        public Builder newsletter(Integer newsletter) {
            this.newsletter = newsletter;
            return this;
        }

        /**
         * Sets {@code newsletter} to the code of a known flag (optional).
         *
         * @param newsletter the flag, or null for absent; not {@link Flag#UNKNOWN}
         * @return this builder
         * @throws IllegalArgumentException if {@code newsletter} is {@link Flag#UNKNOWN}
         */
        public Builder newsletter(Flag newsletter) {
            return newsletter(ModelChecks.flagCode(newsletter, "newsletter"));
        }

        /**
         * Sets the raw {@code agreeToc} code (optional). Any code is accepted.
         *
         * @param agreeToc the raw code, or null for absent
         * @return this builder
         */
        public Builder agreeToc(Integer agreeToc) {
            this.agreeToc = agreeToc;
            return this;
        }

        /**
         * Sets {@code agreeToc} to the code of a known flag (optional).
         *
         * @param agreeToc the flag, or null for absent; not {@link Flag#UNKNOWN}
         * @return this builder
         * @throws IllegalArgumentException if {@code agreeToc} is {@link Flag#UNKNOWN}
         */
        public Builder agreeToc(Flag agreeToc) {
            return agreeToc(ModelChecks.flagCode(agreeToc, "agreeToc"));
        }

        /**
         * Sets the raw {@code agreeAup} code (optional). Any code is accepted.
         *
         * @param agreeAup the raw code, or null for absent
         * @return this builder
         */
        public Builder agreeAup(Integer agreeAup) {
            this.agreeAup = agreeAup;
            return this;
        }

        /**
         * Sets {@code agreeAup} to the code of a known flag (optional).
         *
         * @param agreeAup the flag, or null for absent; not {@link Flag#UNKNOWN}
         * @return this builder
         * @throws IllegalArgumentException if {@code agreeAup} is {@link Flag#UNKNOWN}
         */
        public Builder agreeAup(Flag agreeAup) {
            return agreeAup(ModelChecks.flagCode(agreeAup, "agreeAup"));
        }

        /**
         * Sets the raw {@code agreeDpa} code (optional). Any code is accepted.
         *
         * @param agreeDpa the raw code, or null for absent
         * @return this builder
         */
        public Builder agreeDpa(Integer agreeDpa) {
            this.agreeDpa = agreeDpa;
            return this;
        }

        /**
         * Sets {@code agreeDpa} to the code of a known flag (optional).
         *
         * @param agreeDpa the flag, or null for absent; not {@link Flag#UNKNOWN}
         * @return this builder
         * @throws IllegalArgumentException if {@code agreeDpa} is {@link Flag#UNKNOWN}
         */
        public Builder agreeDpa(Flag agreeDpa) {
            return agreeDpa(ModelChecks.flagCode(agreeDpa, "agreeDpa"));
        }

        /**
         * Sets the raw {@code isAllowedFlexMetal} code (required). Any code is accepted.
         *
         * @param isAllowedFlexMetal the raw code
         * @return this builder
         */
        public Builder isAllowedFlexMetal(int isAllowedFlexMetal) {
            this.isAllowedFlexMetal = isAllowedFlexMetal;
            return this;
        }

        /**
         * Sets {@code isAllowedFlexMetal} to the code of a known constant (required).
         *
         * @param isAllowedFlexMetal the constant, not null and not {@link Flag#UNKNOWN}
         * @return this builder
         * @throws NullPointerException if {@code isAllowedFlexMetal} is null
         * @throws IllegalArgumentException if {@code isAllowedFlexMetal} is {@link Flag#UNKNOWN}
         */
        public Builder isAllowedFlexMetal(Flag isAllowedFlexMetal) {
            ModelChecks.known(isAllowedFlexMetal, Flag.UNKNOWN, "isAllowedFlexMetal");
            return isAllowedFlexMetal(isAllowedFlexMetal.code());
        }

        /**
         * Builds the value.
         *
         * @return the value
         * @throws IllegalStateException if a required property is not set
         */
        public AccountDetails build() {
            return new AccountDetails(this);
        }
    }
}
