import Foundation
@testable import DocLoc

/// A faithful English/Dutch pair (reworded, sentences reordered, Dutch number formatting) and helpers that
/// break it one way at a time.
enum DriftScenario {
    static let source = """
        ---
        title: Manage user consent
        ms.assetid: 5f2c0d1e-aaaa-4bbb-8ccc-123456789abc
        ms.topic: article
        ms.author: kwekua
        ms.collection:
        - M365-subscription-management
        - Adm_O365
        ---
        # Manage user consent to apps

        Users can consent to apps that use OpenID Connect and OAuth 2.0 in Microsoft 365. Up to 1,000 apps can be listed, and requests expire after 90 days.

        Admins can review every request in the Azure portal.

        ## Turn user consent on or off

        1. In the admin center, go to **Settings** > **Org settings** > **Services**.
        2. Select **User consent to apps**, then turn it on or off. See [admin consent](https://learn.microsoft.com/en-us/azure/active-directory/manage-apps/configure-admin-consent-workflow).

        > [!NOTE]
        > It can take up to 2.5 hours for the change to take effect.

        ```powershell
        Get-MgPolicyAuthorizationPolicy
        ```

        | Setting | Value |
        |---|---|
        | Consent | `On` |

        ![Consent page](../media/consent.png)

        """

    static let translationBody = """
        # <a name="manage-user-consent-to-apps"></a>Toestemming van gebruikers voor apps beheren

        In Microsoft 365 mogen gebruikers toestemming geven aan apps die OpenID Connect en OAuth 2.0 gebruiken. Aanvragen verlopen na 90 dagen, en er kunnen maximaal 1.000 apps worden weergegeven.

        Elke aanvraag is voor beheerders te bekijken in de Azure-portal.

        ## <a name="turn-user-consent-on-or-off"></a>Toestemming van gebruikers in- of uitschakelen

        1. Ga in het beheercentrum naar **Instellingen** > **Organisatie-instellingen** > **Services**.
        2. Selecteer **Toestemming van gebruikers voor apps** en schakel deze in of uit. Zie [toestemming van beheerders](https://learn.microsoft.com/azure/active-directory/manage-apps/configure-admin-consent-workflow).

        > [!NOTE]
        > Het kan tot 2,5 uur duren voordat de wijziging van kracht wordt.

        ```powershell
        Get-MgPolicyAuthorizationPolicy
        ```

        | Instelling | Waarde |
        |---|---|
        | Toestemming | `On` |

        ![Pagina Toestemming](../media/consent.png)

        """

    static var fingerprint: String { Fingerprint.of(Array(source.utf8)) }

    static func translation(fingerprint: String? = DriftScenario.fingerprint, extraFront: String = "", body: String = translationBody) -> String {
        var front = """
            ---
            title: Toestemming van gebruikers beheren
            ms.assetid: 5f2c0d1e-aaaa-4bbb-8ccc-123456789abc
            ms.topic: article
            ms.author: kwekua
            ms.collection:
            - M365-subscription-management
            - Adm_O365

            """
        if let fingerprint { front += "ms.openlocfilehash: \(fingerprint)\n" }
        front += "ms.translationtype: MT\nms.contentlocale: nl-NL\nms.lasthandoff: 11/12/2025\n" + extraFront + "---\n"
        return front + body
    }

    static let path = "admin/consent.md"

    /// The drift of the one pair of a content set with this source and translation.
    static func drift(source: String = source, translation: String = translation(), model: String? = nil) throws -> PairDrift {
        var files = ["en-US/\(path)": source, "nl-NL/\(path)": translation]
        var config = "source: en-US\ntranslations: [nl-NL]\n"
        if let model {
            files["model/consent.yml"] = model
            config += "model: model/consent.yml\n"
        }
        let content = try ScenarioContent(files, config: config)
        let report = DriftEngine().report(for: try content.load())
        guard let drift = report.drift(locale: "nl-NL", relativePath: path) else { throw ScenarioError.noPair }
        return drift
    }

    /// The translation with one piece of its body replaced.
    static func translation(replacing old: String, with new: String) -> String {
        precondition(translationBody.contains(old), "scenario text not found: \(old)")
        return translation(body: translationBody.replacingOccurrences(of: old, with: new))
    }

    static func source(replacing old: String, with new: String) -> String {
        precondition(source.contains(old), "scenario text not found: \(old)")
        return source.replacingOccurrences(of: old, with: new)
    }

    enum ScenarioError: Error { case noPair }
}

extension PairDrift {
    func findings(_ kind: DriftKind) -> [DriftFinding] { findings.filter { $0.kind == kind.rawValue } }
    var kindSet: Set<String> { Set(findings.map(\.kind)) }
}
