package io.github.i3dsession.benchmarks;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The hand-written baseline's view of {@code SessionUser}: a plain mirror with public fields, read by one shared
 * Jackson {@code ObjectMapper} ({@link RawJson#MAPPER}). It is what an application would write without our
 * library; it validates nothing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class RawUser {
    public long userId;
    public String userName;
    public String email;
    public String firstName;
    public String lastName;
    public String gender;
    public String phone;
    public int accessLevel;
    public int validateEmail;
    public int isTrialAccount;
    public String trialAccountExpirationDate;
    public String requestIp;
    public String requestIpCountry;
    public String requestIpCountryCode;
    public Details details;
    public Billing billingDetails;

    /** {@code AccountDetails}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Details {
        public int accountType;
        public String companyName;
        public String vatNumber;
        public String cocNumber;
        public String firstName;
        public String lastName;
        public String address;
        public String streetNumber;
        public String zipCode;
        public String city;
        public String countryCode;
        public String emailAddress;
        public UnconfirmedEmail unconfirmedEmail;
        public Integer emailAddressValidated;
        public String phoneNumber;
        public String phoneNumberMobile;
        public int language;
        public String emailAddressAbuse;
        public Integer newsletter;
        public Integer agreeToc;
        public Integer agreeAup;
        public Integer agreeDpa;
        public int isAllowedFlexMetal;
    }

    /** {@code UnconfirmedEmail}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class UnconfirmedEmail {
        public String email;
        public long expiresAt;
    }

    /** {@code AccountBillingDetails}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public static final class Billing {
        public String firstName;
        public String lastName;
        public String address;
        public String streetNumber;
        public String zipCode;
        public String city;
        public String countryCode;
        public String phoneNumber;
        public String phoneNumberMobile;
        public String emailAddressBilling;
        public int bundleInvoicesOfSameCategory;
        public int receivePaymentConfirmationsViaEmail;
        public int preferredPaymentMethod;
    }
}
