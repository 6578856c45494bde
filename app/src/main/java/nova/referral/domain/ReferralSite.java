package nova.referral.domain;

/** Another NOVA site of the hub a referral can be addressed to, as the last synchronisation listed it. */
public record ReferralSite(String siteId, String name, String address) {

    /** What a list shows: the name, and the address when there is one. */
    public String label() {
        return address == null || address.isBlank() ? name : name + " — " + address;
    }
}
