using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Hartline.Security.Protection;

/// <summary>
/// Encrypts each data-protection key as it is stored in the database with the field keys (AES-256-GCM, bound to this
/// use): stored alone there, the key ring would let anyone with the database forge a sign-in cookie.
/// </summary>
public sealed class FieldKeyXmlEncryptor : IXmlEncryptor
{
    internal const string Purpose = "DataProtection.Key";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement) => new(
        new XElement("encryptedKey", new XElement("value", FieldKeyring.Process.Cipher.Encrypt(plaintextElement.ToString(SaveOptions.DisableFormatting), Purpose))),
        typeof(FieldKeyXmlDecryptor));
}

/// <summary>Made by the data-protection system from the type named in a stored key (hence a constructor without arguments).</summary>
public sealed class FieldKeyXmlDecryptor : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var stored = encryptedElement.Element("value")?.Value;
        // No plain value is taken as it is here (as the columns take values from before encryption): a key put into the
        // database in plain text by someone without the field keys would otherwise be trusted.
        if (stored is null || FieldCipher.VersionOf(stored) is null)
            throw new FormatException("A stored data-protection key is not encrypted with the field keys.");
        return XElement.Parse(FieldKeyring.Process.Cipher.Decrypt(stored, FieldKeyXmlEncryptor.Purpose));
    }
}
