package io.github.i3dsession.model;

import java.util.Objects;
import java.util.Optional;

/**
 * The billing details of an account ({@link SessionUser#billingDetails()}; the spec's {@code
 * AccountBillingDetails}). Immutable and thread-safe.
 */
public final class AccountBillingDetails {

    private final String firstName;
    private final String lastName;
    private final String address;
    private final String streetNumber;
    private final String zipCode;
    private final String city;
    private final String countryCode;
    private final String phoneNumber;
    private final String phoneNumberMobile;
    private final String emailAddressBilling;
    private final int bundleInvoicesOfSameCategory;
    private final int receivePaymentConfirmationsViaEmail;
    private final int preferredPaymentMethod;

    private AccountBillingDetails(Builder builder) {
        String type = "AccountBillingDetails";
        this.firstName = ModelChecks.required(builder.firstName, type, "firstName");
        this.lastName = ModelChecks.required(builder.lastName, type, "lastName");
        this.address = ModelChecks.required(builder.address, type, "address");
        this.streetNumber = ModelChecks.required(builder.streetNumber, type, "streetNumber");
        this.zipCode = ModelChecks.required(builder.zipCode, type, "zipCode");
        this.city = ModelChecks.required(builder.city, type, "city");
        this.countryCode = ModelChecks.required(builder.countryCode, type, "countryCode");
        this.phoneNumber = builder.phoneNumber;
        this.phoneNumberMobile = builder.phoneNumberMobile;
        this.emailAddressBilling = builder.emailAddressBilling;
        this.bundleInvoicesOfSameCategory =
                ModelChecks.required(builder.bundleInvoicesOfSameCategory, type, "bundleInvoicesOfSameCategory");
        this.receivePaymentConfirmationsViaEmail = ModelChecks.required(
                builder.receivePaymentConfirmationsViaEmail, type, "receivePaymentConfirmationsViaEmail");
        this.preferredPaymentMethod =
                ModelChecks.required(builder.preferredPaymentMethod, type, "preferredPaymentMethod");
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
                .firstName(firstName)
                .lastName(lastName)
                .address(address)
                .streetNumber(streetNumber)
                .zipCode(zipCode)
                .city(city)
                .countryCode(countryCode)
                .phoneNumber(phoneNumber)
                .phoneNumberMobile(phoneNumberMobile)
                .emailAddressBilling(emailAddressBilling)
                .bundleInvoicesOfSameCategory(bundleInvoicesOfSameCategory)
                .receivePaymentConfirmationsViaEmail(receivePaymentConfirmationsViaEmail)
                .preferredPaymentMethod(preferredPaymentMethod);
    }

    /**
     * Billing first name.
     *
     * @return not null
     */
    public String firstName() {
        return firstName;
    }

    /**
     * Billing last name.
     *
     * @return not null
     */
    public String lastName() {
        return lastName;
    }

    /**
     * Billing address.
     *
     * @return not null
     */
    public String address() {
        return address;
    }

    /**
     * Billing street number.
     *
     * @return not null
     */
    public String streetNumber() {
        return streetNumber;
    }

    /**
     * Billing ZIP code.
     *
     * @return not null
     */
    public String zipCode() {
        return zipCode;
    }

    /**
     * Billing city.
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
     * Billing phone number; either this or {@link #phoneNumberMobile()} is set.
     *
     * @return the value, or empty if absent or null in the API
     */
    public Optional<String> phoneNumber() {
        return Optional.ofNullable(phoneNumber);
    }

    /**
     * Billing mobile phone number; either this or {@link #phoneNumber()} is set.
     *
     * @return the value, or empty if absent or null in the API
     */
    public Optional<String> phoneNumberMobile() {
        return Optional.ofNullable(phoneNumberMobile);
    }

    /**
     * Email address for billing emails.
     *
     * @return the value, or empty if absent or null in the API
     */
    public Optional<String> emailAddressBilling() {
        return Optional.ofNullable(emailAddressBilling);
    }

    /**
     * Whether invoices of the same category are bundled.
     *
     * @return the typed view, never null; {@link Flag#UNKNOWN} for a code this version does not
     *     know (see {@link #bundleInvoicesOfSameCategoryCode()})
     */
    public Flag bundleInvoicesOfSameCategory() {
        return Flag.fromCode(bundleInvoicesOfSameCategory);
    }

    /**
     * The raw {@code bundleInvoicesOfSameCategory} code, as sent by the API.
     *
     * @return the code
     */
    public int bundleInvoicesOfSameCategoryCode() {
        return bundleInvoicesOfSameCategory;
    }

    /**
     * Whether payment confirmations are sent via email.
     *
     * @return the typed view, never null; {@link Flag#UNKNOWN} for a code this version does not
     *     know (see {@link #receivePaymentConfirmationsViaEmailCode()})
     */
    public Flag receivePaymentConfirmationsViaEmail() {
        return Flag.fromCode(receivePaymentConfirmationsViaEmail);
    }

    /**
     * The raw {@code receivePaymentConfirmationsViaEmail} code, as sent by the API.
     *
     * @return the code
     */
    public int receivePaymentConfirmationsViaEmailCode() {
        return receivePaymentConfirmationsViaEmail;
    }

    /**
     * Preferred payment method (the API documents no codes).
     *
     * @return the raw value
     */
    public int preferredPaymentMethod() {
        return preferredPaymentMethod;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof AccountBillingDetails)) {
            return false;
        }
        AccountBillingDetails that = (AccountBillingDetails) o;
        return firstName.equals(that.firstName)
                && lastName.equals(that.lastName)
                && address.equals(that.address)
                && streetNumber.equals(that.streetNumber)
                && zipCode.equals(that.zipCode)
                && city.equals(that.city)
                && countryCode.equals(that.countryCode)
                && Objects.equals(phoneNumber, that.phoneNumber)
                && Objects.equals(phoneNumberMobile, that.phoneNumberMobile)
                && Objects.equals(emailAddressBilling, that.emailAddressBilling)
                && bundleInvoicesOfSameCategory == that.bundleInvoicesOfSameCategory
                && receivePaymentConfirmationsViaEmail == that.receivePaymentConfirmationsViaEmail
                && preferredPaymentMethod == that.preferredPaymentMethod;
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                firstName,
                lastName,
                address,
                streetNumber,
                zipCode,
                city,
                countryCode,
                phoneNumber,
                phoneNumberMobile,
                emailAddressBilling,
                bundleInvoicesOfSameCategory,
                receivePaymentConfirmationsViaEmail,
                preferredPaymentMethod);
    }

    @Override
    public String toString() {
        return "AccountBillingDetails{"
                + "firstName=" + firstName
                + ", lastName=" + lastName
                + ", address=" + address
                + ", streetNumber=" + streetNumber
                + ", zipCode=" + zipCode
                + ", city=" + city
                + ", countryCode=" + countryCode
                + ", phoneNumber=" + phoneNumber
                + ", phoneNumberMobile=" + phoneNumberMobile
                + ", emailAddressBilling=" + emailAddressBilling
                + ", bundleInvoicesOfSameCategory=" + bundleInvoicesOfSameCategory
                + ", receivePaymentConfirmationsViaEmail=" + receivePaymentConfirmationsViaEmail
                + ", preferredPaymentMethod=" + preferredPaymentMethod
                + "}";
    }

    /** Builds {@link AccountBillingDetails}. Mutable and not thread-safe. */
    public static final class Builder {
        private String firstName;
        private String lastName;
        private String address;
        private String streetNumber;
        private String zipCode;
        private String city;
        private String countryCode;
        private String phoneNumber;
        private String phoneNumberMobile;
        private String emailAddressBilling;
        private Integer bundleInvoicesOfSameCategory;
        private Integer receivePaymentConfirmationsViaEmail;
        private Integer preferredPaymentMethod;

        private Builder() {}

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
         * Sets {@code emailAddressBilling} (optional).
         *
         * @param emailAddressBilling the value, or null for absent
         * @return this builder
         */
        public Builder emailAddressBilling(String emailAddressBilling) {
            this.emailAddressBilling = emailAddressBilling;
            return this;
        }

        /**
         * Sets the raw {@code bundleInvoicesOfSameCategory} code (required). Any code is accepted.
         *
         * @param bundleInvoicesOfSameCategory the raw code
         * @return this builder
         */
        public Builder bundleInvoicesOfSameCategory(int bundleInvoicesOfSameCategory) {
            this.bundleInvoicesOfSameCategory = bundleInvoicesOfSameCategory;
            return this;
        }

        /**
         * Sets {@code bundleInvoicesOfSameCategory} to the code of a known constant (required).
         *
         * @param bundleInvoicesOfSameCategory the constant, not null and not {@link Flag#UNKNOWN}
         * @return this builder
         * @throws NullPointerException if {@code bundleInvoicesOfSameCategory} is null
         * @throws IllegalArgumentException if {@code bundleInvoicesOfSameCategory} is {@link
         *     Flag#UNKNOWN}
         */
        public Builder bundleInvoicesOfSameCategory(Flag bundleInvoicesOfSameCategory) {
            ModelChecks.known(bundleInvoicesOfSameCategory, Flag.UNKNOWN, "bundleInvoicesOfSameCategory");
            return bundleInvoicesOfSameCategory(bundleInvoicesOfSameCategory.code());
        }

        /**
         * Sets the raw {@code receivePaymentConfirmationsViaEmail} code (required). Any code is
         * accepted.
         *
         * @param receivePaymentConfirmationsViaEmail the raw code
         * @return this builder
         */
        public Builder receivePaymentConfirmationsViaEmail(int receivePaymentConfirmationsViaEmail) {
            this.receivePaymentConfirmationsViaEmail = receivePaymentConfirmationsViaEmail;
            return this;
        }

        /**
         * Sets {@code receivePaymentConfirmationsViaEmail} to the code of a known constant (required).
         *
         * @param receivePaymentConfirmationsViaEmail the constant, not null and not {@link
         *     Flag#UNKNOWN}
         * @return this builder
         * @throws NullPointerException if {@code receivePaymentConfirmationsViaEmail} is null
         * @throws IllegalArgumentException if {@code receivePaymentConfirmationsViaEmail} is {@link
         *     Flag#UNKNOWN}
         */
        public Builder receivePaymentConfirmationsViaEmail(Flag receivePaymentConfirmationsViaEmail) {
            ModelChecks.known(receivePaymentConfirmationsViaEmail, Flag.UNKNOWN, "receivePaymentConfirmationsViaEmail");
            return receivePaymentConfirmationsViaEmail(receivePaymentConfirmationsViaEmail.code());
        }

        /**
         * Sets {@code preferredPaymentMethod} (required).
         *
         * @param preferredPaymentMethod the raw value
         * @return this builder
         */
        public Builder preferredPaymentMethod(int preferredPaymentMethod) {
            this.preferredPaymentMethod = preferredPaymentMethod;
            return this;
        }

        /**
         * Builds the value.
         *
         * @return the value
         * @throws IllegalStateException if a required property is not set
         */
        public AccountBillingDetails build() {
            return new AccountBillingDetails(this);
        }
    }
}
