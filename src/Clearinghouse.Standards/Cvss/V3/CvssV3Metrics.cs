namespace Clearinghouse.Standards.Cvss;

/// <summary>
/// The metric values of a CVSS v3.x vector (3.0 and 3.1 share them), each as the index of its value in the metric's
/// value list in <see cref="CvssV3Grammar"/>. For optional metrics index 0 is X (Not Defined).
/// </summary>
internal record struct CvssV3Metrics
{
    // Base (mandatory).
    public byte AV, AC, PR, UI, S, C, I, A;

    // Temporal (optional).
    public byte E, RL, RC;

    // Environmental (optional).
    public byte CR, IR, AR, MAV, MAC, MPR, MUI, MS, MC, MI, MA;

    public readonly bool HasTemporal => (E | RL | RC) != 0;

    public readonly bool HasEnvironmental => (CR | IR | AR | MAV | MAC | MPR | MUI | MS | MC | MI | MA) != 0;
}
